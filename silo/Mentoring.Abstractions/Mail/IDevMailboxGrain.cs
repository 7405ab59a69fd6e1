using System.Collections.Immutable;

namespace Mentoring.Abstractions.Mail;

/// <summary>
/// Where a programme's messages go when no SMTP server is configured (the embedded default), stored so the console's
/// dev mailbox lists them across restarts. Keyed by <see cref="MailKeys.DevMailbox"/>.
/// </summary>
public interface IDevMailboxGrain : IGrainWithStringKey
{
    /// <summary>Stores the messages; one with the message id of a stored one replaces it, so a resend is kept once.</summary>
    Task DeliverAsync(ImmutableArray<MailMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> messages from <paramref name="offset"/> on, newest first.</summary>
    Task<DevMailboxPage> ListAsync(int offset, int count, CancellationToken cancellationToken = default);

    /// <summary>Drops every message to the participant or naming them (erasure); returns how many were dropped.</summary>
    Task<int> ForgetAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>Removes the mailbox's row (programme purge).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
