using Mentoring.Abstractions.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <summary>
/// What an endpoint's delivery stores: per programme the last sequence delivered (or passed over) and the retries of the
/// event after it, the dead letters, and the last attempt. Mutable on purpose: it is rewritten after every delivery.
/// </summary>
[GenerateSerializer]
public sealed class WebhookDeliveryState
{
    [Id(0)] public Dictionary<string, ProgrammeCursor> Cursors { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<WebhookDeadLetter> DeadLetters { get; set; } = [];
    [Id(2)] public WebhookAttempt? LastAttempt { get; set; }
}

/// <summary>
/// Where delivery stands in one programme's log: every event up to <see cref="Delivered"/> is done (sent with a 2xx,
/// passed over, or dead-lettered); the next one has failed <see cref="Failures"/> times and is tried again at <see cref="RetryAt"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgrammeCursor(
    [property: Id(0)] long Delivered,
    [property: Id(1)] int Failures,
    [property: Id(2)] DateTimeOffset? RetryAt)
{
    public static readonly ProgrammeCursor Start = new(0, 0, null);

    /// <summary>Done with the event of <paramref name="sequence"/>; the next starts without failures.</summary>
    public ProgrammeCursor Past(long sequence) => new(sequence, 0, null);
}
