using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>
/// mentoring.v1.ApiKeyService: key administration, for the operator (every tenant) and a tenant admin (its own tenant, within
/// its own scopes: <see cref="ApiKeyGrants"/>). Secrets leave only in the create and rotate responses.
/// </summary>
public sealed class ApiKeyService(IGrainFactory grains, TimeProvider clock) : Contracts.V1.ApiKeyService.ApiKeyServiceBase
{
    private const int CreateAttempts = 3;

    public override async Task<ApiKeySecret> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        var tenant = RequestRules.Tenant(request.Parent, "parent");
        if (request.ApiKey is null)
        {
            RpcErrors.InvalidArgument("api_key", "is required");
        }

        var violations = new List<FieldViolation>();
        var scopes = request.ApiKey.Scopes.Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0)
        {
            violations.Add(new("api_key.scopes", "must name at least one scope"));
        }

        violations.AddRange(scopes.Select((s, i) => (s, i)).Where(x => !Security.Scopes.All.Contains(x.s))
            .Select(x => new FieldViolation($"api_key.scopes[{x.i}]", $"must be one of {string.Join(", ", Security.Scopes.All.Order(StringComparer.Ordinal))}")));
        if (request.ApiKey.DisplayName.Length > Limits.MaxNameLength)
        {
            violations.Add(new("api_key.display_name", $"must be at most {Limits.MaxNameLength} characters"));
        }

        DateTimeOffset? expireTime = null;
        if (request.ApiKey.ExpireTime is { } expire)
        {
            if (!IsValidTimestamp(expire) || expire.ToDateTimeOffset() <= clock.GetUtcNow())
            {
                violations.Add(new("api_key.expire_time", "must be a valid time in the future"));
            }
            else
            {
                expireTime = expire.ToDateTimeOffset();
            }
        }

        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        ApiKeyGrants.Check(Caller.Of(context), scopes);
        var grant = new ApiKeyGrant(tenant, request.ApiKey.DisplayName, [.. scopes], expireTime);
        for (var attempt = 1; attempt <= CreateAttempts; attempt++)
        {
            var keyId = ApiKeyCredential.NewKeyId();
            var secret = ApiKeyCredential.NewSecret();
            if (await Key(keyId).CreateAsync(grant, secret, context.CancellationToken) is { } created)
            {
                await grains.GetGrain<ITenantApiKeysGrain>(SecurityKeys.TenantApiKeys(tenant)).AddAsync(keyId, context.CancellationToken);
                return new ApiKeySecret { ApiKey = ApiKeyProto.ToProto(created), Secret = ApiKeyCredential.Format(keyId, secret) };
            }
        }

        throw new RpcException(new Status(StatusCode.Unavailable, "Could not pick a free key id; try again."));
    }

    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context)
    {
        var tenant = RequestRules.Tenant(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        var afterId = RequestRules.AfterId(request.PageToken, request.Parent);
        var page = await grains.GetGrain<ITenantApiKeysGrain>(SecurityKeys.TenantApiKeys(tenant)).ListAsync(afterId, pageSize, context.CancellationToken);
        var keys = await Task.WhenAll(page.ParticipantIds.Select(id => Key(id).GetAsync(context.CancellationToken)));
        var response = new ListApiKeysResponse
        {
            NextPageToken = page.HasMore ? PageTokens.Encode(page.ParticipantIds[^1], request.Parent) : "",
        };
        response.ApiKeys.AddRange(keys.OfType<ApiKeyInfo>().Select(ApiKeyProto.ToProto));
        return response;
    }

    public override async Task<ApiKeySecret> RotateApiKey(RotateApiKeyRequest request, ServerCallContext context)
    {
        var grain = await ExistingAsync(request.Name, context);
        var secret = ApiKeyCredential.NewSecret();
        var rotated = await grain.RotateAsync(secret, context.CancellationToken);
        if (rotated is null)
        {
            RpcErrors.FailedPrecondition($"{request.Name} is revoked; create a new key instead.");
        }

        return new ApiKeySecret { ApiKey = ApiKeyProto.ToProto(rotated), Secret = ApiKeyCredential.Format(rotated.KeyId, secret) };
    }

    public override async Task<ApiKey> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context)
    {
        var grain = await ExistingAsync(request.Name, context);
        var revoked = await grain.RevokeAsync(context.CancellationToken);
        return ApiKeyProto.ToProto(revoked ?? throw new InvalidOperationException($"{request.Name} vanished while being revoked."));
    }

    /// <summary>The named key's grain, once it exists in that tenant and the caller may handle its scopes.</summary>
    private async Task<IApiKeyGrain> ExistingAsync(string name, ServerCallContext context)
    {
        if (!ApiKeyNames.TryParseKey(name, out var tenant, out var keyId))
        {
            RpcErrors.InvalidArgument("name", "must be \"tenants/{tenant}/apiKeys/{api_key}\" with valid ids");
        }

        var grain = Key(keyId);
        var key = await grain.GetAsync(context.CancellationToken);
        if (key is null || key.Tenant != tenant)
        {
            RpcErrors.NotFound(name);
        }

        ApiKeyGrants.Check(Caller.Of(context), key.Scopes);
        return grain;
    }

    private static bool IsValidTimestamp(Timestamp t) =>
        t.Seconds is >= -62135596800 and <= 253402300799 && t.Nanos is >= 0 and < 1_000_000_000;

    private IApiKeyGrain Key(string keyId) => grains.GetGrain<IApiKeyGrain>(SecurityKeys.ApiKey(keyId));
}
