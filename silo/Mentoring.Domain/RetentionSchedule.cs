namespace Mentoring.Domain;

/// <summary>
/// When a programme's data is purged and when its next check runs. A programme is purged <see cref="Period"/> after
/// its end time; a check runs at least every <see cref="CheckInterval"/>, so that a reminder never needs a due time or
/// period beyond what the reminder service supports, and a changed period takes effect at the next check.
/// </summary>
public sealed record RetentionSchedule(bool Enabled, TimeSpan Period, TimeSpan CheckInterval)
{
    /// <summary>When the purge is due for a programme ending at <paramref name="endTime"/>, whether or not retention is on.</summary>
    public DateTimeOffset? DueAt(DateTimeOffset? endTime) => endTime + Period;

    /// <summary>The purge time callers see: null when there is no end time or retention is off.</summary>
    public DateTimeOffset? PurgeTime(DateTimeOffset? endTime) => Enabled ? DueAt(endTime) : null;

    /// <summary>Delay of the first check after an end time is set: at the purge time, or after one check interval if that is sooner.</summary>
    public TimeSpan FirstCheckIn(DateTimeOffset endTime, DateTimeOffset now) => Until(endTime + Period, now);

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

        var dueAt = end + Period;
        if (dueAt <= now)
        {
            return new(RetentionAction.Purge);
        }

        return dueAt - now < CheckInterval ? new(RetentionAction.Reschedule, dueAt - now) : new(RetentionAction.Wait);
    }

    private TimeSpan Until(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var remaining = dueAt - now;
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining < CheckInterval ? remaining : CheckInterval;
    }
}
