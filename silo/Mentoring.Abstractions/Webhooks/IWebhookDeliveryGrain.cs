namespace Mentoring.Abstractions.Webhooks;

/// <summary>
/// Delivers one endpoint's events, in order per programme, with retries and a dead-letter list. Keyed by
/// <see cref="WebhookKeys.Delivery"/>. Any call activates it, and an active one keeps itself running (timer and reminder).
/// </summary>
public interface IWebhookDeliveryGrain : IGrainWithStringKey
{
    /// <summary>The last attempt and the number of dead letters.</summary>
    [AlwaysInterleave]
    Task<WebhookDeliveryStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>The dead letters, oldest first.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<WebhookDeadLetter>> ListDeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends the dead letter of <paramref name="eventId"/> once more, now; a success removes it from the list. Null when
    /// there is no such dead letter, else the attempt.
    /// </summary>
    Task<WebhookAttempt?> ReplayAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Makes sure delivery runs: a call activates the grain, which then keeps itself running while its endpoint exists.</summary>
    [AlwaysInterleave]
    Task WakeAsync(CancellationToken cancellationToken);
}
