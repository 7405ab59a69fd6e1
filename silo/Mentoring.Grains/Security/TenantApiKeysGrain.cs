using Mentoring.Abstractions;
using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="ITenantApiKeysGrain"/>
public sealed class TenantApiKeysGrain(
    [PersistentState(StorageNames.TenantApiKeysState, StorageNames.Provider)] IPersistentState<SortedIdSetState> state) : Grain, ITenantApiKeysGrain
{
    async Task ITenantApiKeysGrain.AddAsync(string keyId, CancellationToken cancellationToken)
    {
        if (state.State.Entries.TryAdd(keyId, 0))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    Task<MembershipPage> ITenantApiKeysGrain.ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var after = state.State.Entries.Keys
            .Where(id => afterId is null || string.CompareOrdinal(id, afterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        return Task.FromResult(new MembershipPage([.. after.Take(limit)], after.Count > limit));
    }
}
