using Mentoring.Abstractions.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <summary>
/// What an endpoint grain stores: the endpoint as shown, and its signing secret, kept as is because signing needs the
/// key itself (a hash would not do); it leaves the silo only in the create and rotate answers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WebhookEndpointState
{
    [Id(0)] public WebhookEndpointInfo? Endpoint { get; init; }
    [Id(1)] public string Secret { get; init; } = "";
}
