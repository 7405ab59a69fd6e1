using Mentoring.Abstractions;

namespace Mentoring.Grains;

/// <inheritdoc cref="IProgrammeDirectoryGrain"/>
[Reentrant]
public sealed class ProgrammeDirectoryGrain : Grain, IProgrammeDirectoryGrain
{
    private readonly IPersistentState<SortedIdSetState> _state;
    private readonly GroupCommit _commit;

    public ProgrammeDirectoryGrain(
        [PersistentState(StorageNames.DirectoryState, StorageNames.Provider)] IPersistentState<SortedIdSetState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IProgrammeDirectoryGrain.AddAsync(string programmeId, CancellationToken cancellationToken) =>
        _state.State.Entries.TryAdd(programmeId, 0) ? _commit.PersistAsync() : Task.CompletedTask;

    Task IProgrammeDirectoryGrain.RemoveAsync(string programmeId, CancellationToken cancellationToken) =>
        _state.State.Entries.Remove(programmeId) ? _commit.PersistAsync() : Task.CompletedTask;

    Task<MembershipPage> IProgrammeDirectoryGrain.ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var after = _state.State.Entries.Keys
            .Where(id => afterId is null || string.CompareOrdinal(id, afterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        var hasMore = after.Count > limit;
        return Task.FromResult(new MembershipPage([.. after.Take(limit)], hasMore));
    }
}
