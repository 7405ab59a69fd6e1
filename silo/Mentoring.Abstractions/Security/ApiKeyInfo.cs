using System.Collections.Immutable;

namespace Mentoring.Abstractions.Security;

/// <summary>An API key as it may be shown: everything but its secret and hash.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyInfo(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Tenant,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] ImmutableArray<string> Scopes,
    [property: Id(4)] DateTimeOffset? ExpireTime,
    [property: Id(5)] DateTimeOffset CreateTime,
    [property: Id(6)] DateTimeOffset RotateTime,
    [property: Id(7)] DateTimeOffset? RevokeTime)
{
    /// <summary>Usable at <paramref name="now"/>: not revoked and not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokeTime is null && (ExpireTime is null || now < ExpireTime);
}
