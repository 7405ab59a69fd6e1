using Mentoring.Abstractions;
using Mentoring.Abstractions.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <inheritdoc cref="ITenantWebhookEndpointsGrain"/>
public sealed class TenantWebhookEndpointsGrain(
    [PersistentState(StorageNames.TenantWebhookEndpointsState, StorageNames.Provider)] IPersistentState<SortedIdSetState> state) : Grain, ITenantWebhookEndpointsGrain
{
    async Task ITenantWebhookEndpointsGrain.AddAsync(string endpointId, CancellationToken cancellationToken)
    {
        if (state.State.Entries.TryAdd(endpointId, 0))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    async Task ITenantWebhookEndpointsGrain.RemoveAsync(string endpointId, CancellationToken cancellationToken)
    {
        if (state.State.Entries.Remove(endpointId))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    Task<MembershipPage> ITenantWebhookEndpointsGrain.ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var after = state.State.Entries.Keys
            .Where(id => afterId is null || string.CompareOrdinal(id, afterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        return Task.FromResult(new MembershipPage([.. after.Take(limit)], after.Count > limit));
    }
}
