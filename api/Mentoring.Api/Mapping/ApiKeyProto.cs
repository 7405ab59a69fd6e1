using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Security;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a stored API key, never its secret, to the mentoring.v1.ApiKey resource.</summary>
internal static class ApiKeyProto
{
    public static ApiKey ToProto(ApiKeyInfo key)
    {
        var proto = new ApiKey
        {
            Name = ApiKeyNames.Key(key.Tenant, key.KeyId),
            DisplayName = key.DisplayName,
            CreateTime = Timestamp.FromDateTimeOffset(key.CreateTime),
            RotateTime = Timestamp.FromDateTimeOffset(key.RotateTime),
            ExpireTime = key.ExpireTime is { } e ? Timestamp.FromDateTimeOffset(e) : null,
            RevokeTime = key.RevokeTime is { } r ? Timestamp.FromDateTimeOffset(r) : null,
        };
        proto.Scopes.AddRange(key.Scopes);
        return proto;
    }
}
