namespace Mentoring.Abstractions.Webhooks;

/// <summary>What delivery needs of an endpoint: its settings, its signing secret ("whsec_..."), and since when it exists.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookTarget(
    [property: Id(0)] string Tenant,
    [property: Id(1)] WebhookEndpointSpec Spec,
    [property: Id(2)] string Secret,
    [property: Id(3)] DateTimeOffset CreateTime);
