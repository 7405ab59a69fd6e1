using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IApiKeyGrain"/>
public sealed class ApiKeyGrain(
    [PersistentState(StorageNames.ApiKeyState, StorageNames.Provider)] IPersistentState<ApiKeyState> state,
    TimeProvider clock) : Grain, IApiKeyGrain
{
    async Task<ApiKeyInfo?> IApiKeyGrain.CreateAsync(ApiKeyGrant grant, string secret, CancellationToken cancellationToken)
    {
        if (state.State.Key is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var (salt, hash) = SecretHash.Create(secret);
        var key = new ApiKeyInfo(KeyId, grant.Tenant, grant.DisplayName, grant.Scopes, grant.ExpireTime, now, now, null);
        state.State = new ApiKeyState { Key = key, Salt = salt, SecretHash = hash };
        await state.WriteStateAsync(cancellationToken);
        return key;
    }

    Task<ApiKeyInfo?> IApiKeyGrain.AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        var key = state.State.Key;
        var valid = key is not null && key.IsActiveAt(clock.GetUtcNow()) && SecretHash.Matches(state.State.Salt, state.State.SecretHash, secret);
        return Task.FromResult(valid ? key : null);
    }

    Task<ApiKeyInfo?> IApiKeyGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Key);

    async Task<ApiKeyInfo?> IApiKeyGrain.RotateAsync(string secret, CancellationToken cancellationToken)
    {
        if (state.State.Key is not { RevokeTime: null } key)
        {
            return null;
        }

        var (salt, hash) = SecretHash.Create(secret);
        state.State = new ApiKeyState { Key = key with { RotateTime = clock.GetUtcNow() }, Salt = salt, SecretHash = hash };
        await state.WriteStateAsync(cancellationToken);
        return state.State.Key;
    }

    async Task<ApiKeyInfo?> IApiKeyGrain.RevokeAsync(CancellationToken cancellationToken)
    {
        if (state.State.Key is not { } key || key.RevokeTime is not null)
        {
            return state.State.Key;
        }

        // The hash goes too: a revoked key can never authenticate again, whatever happens to its row.
        state.State = new ApiKeyState { Key = key with { RevokeTime = clock.GetUtcNow() } };
        await state.WriteStateAsync(cancellationToken);
        return state.State.Key;
    }

    private string KeyId => this.GetPrimaryKeyString()["apiKeys/".Length..];
}
