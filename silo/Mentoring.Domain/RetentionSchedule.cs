namespace Mentoring.Domain;

/// <summary>
/// When a programme's data is purged and when its next check runs. A programme is purged <see cref="Period"/> after
/// its end time; a check runs at least every <see cref="CheckInterval"/>, so that a reminder never needs a due time or
/// period beyond what the reminder service supports, and a changed period takes effect at the next check.
/// </summary>
public sealed record RetentionSchedule(bool Enabled, TimeSpan Period, TimeSpan CheckInterval)
{
    /// <summary>
    /// No check is scheduled sooner than this. Orleans skips a reminder's first tick if it has already passed when the
    /// silo starts the reminder, and the next one comes a whole check interval later.
    /// </summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(10);

    /// <summary>When the purge is due for a programme ending at <paramref name="endTime"/>, whether or not retention is on.</summary>
    public DateTimeOffset? DueAt(DateTimeOffset? endTime) => endTime + Period;

    /// <summary>The purge time callers see: null when there is no end time or retention is off.</summary>
    public DateTimeOffset? PurgeTime(DateTimeOffset? endTime) => Enabled ? DueAt(endTime) : null;

    /// <summary>Delay of the first check after an end time is set: at the purge time, but at most one check interval ahead.</summary>
    public TimeSpan FirstCheckIn(DateTimeOffset endTime, DateTimeOffset now)
    {
        var remaining = endTime + Period - now;
        return NoSoonerThanMinimum(remaining < CheckInterval ? remaining : CheckInterval);
    }

    /// <summary>What a check running at <paramref name="now"/> does for a programme ending at <paramref name="endTime"/>.</summary>
    public RetentionDecision Decide(DateTimeOffset? endTime, DateTimeOffset now)
    {
        if (endTime is not { } end)
        {
            return new(RetentionAction.Cancel);
        }

        if (!Enabled)
        {
            return new(RetentionAction.Hold);
        }

        var remaining = end + Period - now;
        if (remaining <= TimeSpan.Zero)
        {
            return new(RetentionAction.Purge);
        }

        return remaining < CheckInterval ? new(RetentionAction.Reschedule, NoSoonerThanMinimum(remaining)) : new(RetentionAction.Wait);
    }

    private static TimeSpan NoSoonerThanMinimum(TimeSpan delay) => delay < MinimumDelay ? MinimumDelay : delay;
}
