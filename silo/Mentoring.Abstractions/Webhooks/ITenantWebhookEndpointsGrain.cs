namespace Mentoring.Abstractions.Webhooks;

/// <summary>The ids of one tenant's webhook endpoints, for listing. Keyed by <see cref="WebhookKeys.TenantEndpoints"/>.</summary>
public interface ITenantWebhookEndpointsGrain : IGrainWithStringKey
{
    /// <summary>Records an id; a no-op when present.</summary>
    Task AddAsync(string endpointId, CancellationToken cancellationToken);

    /// <summary>Forgets an id; a no-op when absent.</summary>
    Task RemoveAsync(string endpointId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/>, ascending.</summary>
    Task<MembershipPage> ListAsync(string? afterId, int limit, CancellationToken cancellationToken);
}
