namespace Mentoring.Abstractions.Webhooks;

/// <summary>An endpoint as it may be shown: its settings and times, never its secret.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookEndpointInfo(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string EndpointId,
    [property: Id(2)] WebhookEndpointSpec Spec,
    [property: Id(3)] DateTimeOffset CreateTime,
    [property: Id(4)] DateTimeOffset UpdateTime,
    [property: Id(5)] DateTimeOffset SecretTime);
