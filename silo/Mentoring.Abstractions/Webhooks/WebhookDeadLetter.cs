using Mentoring.Abstractions.Events;

namespace Mentoring.Abstractions.Webhooks;

/// <summary>An event that failed its last retry, kept with the outcome of that attempt until it is replayed.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeadLetter(
    [property: Id(0)] ProgrammeEvent Event,
    [property: Id(1)] WebhookAttempt LastAttempt);
