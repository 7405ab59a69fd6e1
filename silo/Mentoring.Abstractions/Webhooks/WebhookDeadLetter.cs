namespace Mentoring.Abstractions.Webhooks;

/// <summary>
/// An event that failed its last retry, kept until it is replayed: where it is in its programme's log and the outcome of
/// the last attempt, never its content (a replay reads it from the log, so erasure has one place to reach).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeadLetter(
    [property: Id(0)] string ProgrammeId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string EventId,
    [property: Id(3)] string Type,
    [property: Id(4)] DateTimeOffset OccurredAt,
    [property: Id(5)] WebhookAttempt LastAttempt);
