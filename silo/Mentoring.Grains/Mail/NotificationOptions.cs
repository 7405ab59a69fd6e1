namespace Mentoring.Grains.Mail;

/// <summary>Follow-ups on published proposals, bound from "Mentoring:Notifications": reminders, lapse and the mentor digest.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Mentoring:Notifications";

    /// <summary>
    /// The service key of the clock that decides what is due; its own key, so a test can move it without moving the
    /// clock Orleans' timers and the match lifecycle run on.
    /// </summary>
    public const string ClockKey = "Mentoring:Notifications:Clock";

    /// <summary>A side that has not answered a proposal this long after its round was published gets one reminder.</summary>
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A proposal still not answered by both sides this long after publication lapses to declined.</summary>
    public TimeSpan ProposalExpiresAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often mentors with free capacity get a digest of their pending proposals; null (the default): never.</summary>
    public TimeSpan? DigestEvery { get; set; }

    /// <summary>How often a programme's digest looks whether it is due: a quarter of <see cref="DigestEvery"/>, between a minute and an hour.</summary>
    public TimeSpan DigestCheckEvery =>
        TimeSpan.FromTicks(Math.Clamp((DigestEvery ?? TimeSpan.FromHours(4)).Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));

    /// <summary>
    /// How often a round with open proposals looks for due work: a quarter of the shortest wait, between a minute (the
    /// shortest reminder period Orleans accepts) and an hour. A missed tick is caught up by the next, since the due
    /// work is computed from stored state.
    /// </summary>
    public TimeSpan CheckEvery
    {
        get
        {
            var shortest = ReminderAfter < ProposalExpiresAfter - ReminderAfter ? ReminderAfter : ProposalExpiresAfter - ReminderAfter;
            return TimeSpan.FromTicks(Math.Clamp(shortest.Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));
        }
    }

    /// <summary>Refuses settings that would only misbehave later, naming the key.</summary>
    public void Validate()
    {
        var longest = TimeSpan.FromDays(365);
        if (ReminderAfter < TimeSpan.FromMinutes(1) || ReminderAfter > longest)
        {
            throw new InvalidOperationException($"{Section}:ReminderAfter must be between 00:01:00 and 365.00:00:00 (it is {ReminderAfter}).");
        }

        if (ProposalExpiresAfter <= ReminderAfter || ProposalExpiresAfter > longest)
        {
            throw new InvalidOperationException(
                $"{Section}:ProposalExpiresAfter must be longer than ReminderAfter ({ReminderAfter}) and at most 365.00:00:00 (it is {ProposalExpiresAfter}).");
        }

        if (DigestEvery is { } digest && (digest < TimeSpan.FromHours(1) || digest > longest))
        {
            throw new InvalidOperationException($"{Section}:DigestEvery must be empty (no digest) or between 01:00:00 and 365.00:00:00 (it is {digest}).");
        }
    }
}
