using System.Collections.Immutable;

namespace Mentoring.Abstractions.Webhooks;

/// <summary>
/// What a tenant sets on an endpoint: where to post, which event types (empty: all) and, optionally, the one programme
/// whose events it wants (null: every programme of the tenant).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WebhookEndpointSpec(
    [property: Id(0)] string Url,
    [property: Id(1)] ImmutableArray<string> EventTypes,
    [property: Id(2)] string? ProgrammeId,
    [property: Id(3)] string DisplayName)
{
    /// <summary>True when an event of <paramref name="type"/> from <paramref name="programmeId"/> goes to this endpoint.</summary>
    public bool Wants(string programmeId, string type) =>
        (ProgrammeId is null || ProgrammeId == programmeId) && (EventTypes.IsDefaultOrEmpty || EventTypes.Contains(type));
}
