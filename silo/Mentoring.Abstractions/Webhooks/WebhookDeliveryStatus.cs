namespace Mentoring.Abstractions.Webhooks;

/// <summary>How an endpoint's delivery stands: its last attempt (null before the first) and how many dead letters it holds.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeliveryStatus(
    [property: Id(0)] WebhookAttempt? LastAttempt,
    [property: Id(1)] int DeadLetters);
