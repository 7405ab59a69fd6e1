namespace Mentoring.Abstractions.Mail;

/// <summary>
/// Tells both sides of every match of a published round about it, once the coordinator has recorded the round done.
/// Keyed by <see cref="MailKeys.RoundNotifications"/>; delivery is at least once (a resend keeps its Message-Id).
/// </summary>
public interface IRoundNotificationGrain : IGrainWithStringKey
{
    /// <summary>Records that the round's <paramref name="pageCount"/> result pages are to be announced and starts; repeating it changes nothing.</summary>
    Task StartAsync(int pageCount, CancellationToken cancellationToken = default);

    /// <summary>How far the notifications are.</summary>
    Task<RoundNotificationProgress> GetProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>The actions the round's personal link <paramref name="linkId"/> was used for.</summary>
    Task<System.Collections.Immutable.ImmutableArray<string>> LinkUsesAsync(string linkId, CancellationToken cancellationToken = default);

    /// <summary>Records, durably, that the link was used for <paramref name="action"/>; false when it already was.</summary>
    Task<bool> RecordLinkUseAsync(string linkId, string action, CancellationToken cancellationToken = default);

    /// <summary>Stops sending and removes the grain's row and reminder (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
