namespace Mentoring.Abstractions.Mail;

/// <summary>
/// Follows up a published round's proposals: one reminder to each side that has not answered after
/// Mentoring:Notifications:ReminderAfter, and a lapse to declined after ProposalExpiresAfter. Driven by one Orleans
/// reminder per round until no proposal waits; the due work is computed from stored state, so a missed tick catches up.
/// Keyed by <see cref="MailKeys.ProposalFollowUp"/>.
/// </summary>
public interface IProposalFollowUpGrain : IGrainWithStringKey
{
    /// <summary>Records the round's <paramref name="pageCount"/> result pages and registers the reminder; repeating it changes nothing.</summary>
    Task StartAsync(int pageCount, CancellationToken cancellationToken = default);

    /// <summary>Does the work due now (what each reminder tick does): lapses expired proposals, then sends due reminders.</summary>
    Task<FollowUpRun> RunDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the grain's row and reminder (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
