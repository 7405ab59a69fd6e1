using System.Collections.Immutable;

namespace Mentoring.Abstractions.Security;

/// <summary>What a key asks for at creation; the grain adds the times and the hash of the secret.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyGrant(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] ImmutableArray<string> Scopes,
    [property: Id(3)] DateTimeOffset? ExpireTime);
