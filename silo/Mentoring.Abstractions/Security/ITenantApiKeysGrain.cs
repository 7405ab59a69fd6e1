namespace Mentoring.Abstractions.Security;

/// <summary>The ids of one tenant's API keys, for listing. Keyed by <see cref="SecurityKeys.TenantApiKeys"/>.</summary>
public interface ITenantApiKeysGrain : IGrainWithStringKey
{
    /// <summary>Records a key id; a no-op when present.</summary>
    Task AddAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/>, ascending.</summary>
    Task<MembershipPage> ListAsync(string? afterId, int limit, CancellationToken cancellationToken = default);
}
