namespace Mentoring.Abstractions.Security;

/// <summary>One API key: its grant and the salted hash of its secret. Keyed by <see cref="SecurityKeys.ApiKey"/>.</summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Stores a new key with the hash of <paramref name="secret"/>; null when the id is taken.</summary>
    Task<ApiKeyInfo?> CreateAsync(ApiKeyGrant grant, string secret, CancellationToken cancellationToken = default);

    /// <summary>The key when <paramref name="secret"/> is its secret and it is neither revoked nor expired; otherwise null.</summary>
    [AlwaysInterleave]
    Task<ApiKeyInfo?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default);

    /// <summary>The key, or null when it does not exist.</summary>
    [AlwaysInterleave]
    Task<ApiKeyInfo?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the secret of a key that is not revoked; null when it does not exist or is revoked.</summary>
    Task<ApiKeyInfo?> RotateAsync(string secret, CancellationToken cancellationToken = default);

    /// <summary>Revokes the key for good; null when it does not exist.</summary>
    Task<ApiKeyInfo?> RevokeAsync(CancellationToken cancellationToken = default);
}
