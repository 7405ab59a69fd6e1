namespace Mentoring.Abstractions.Mail;

/// <summary>
/// Every Mentoring:Notifications:DigestEvery (off by default), one message to each mentor of the programme with free
/// capacity and proposals waiting for an answer, listing those proposals and the free places. Driven by one Orleans
/// reminder per programme; whether a digest is due is computed from the stored due time, so a missed tick catches up
/// (once, not once per missed period). Keyed by <see cref="MailKeys.MentorDigest"/>.
/// </summary>
public interface IMentorDigestGrain : IGrainWithStringKey
{
    /// <summary>With a digest configured, schedules the first one a period from now and registers the reminder; repeating it changes nothing.</summary>
    Task StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends the digest when it is due (what each reminder tick does); returns what it did.</summary>
    Task<DigestRun> RunDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the grain's row and reminder (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
