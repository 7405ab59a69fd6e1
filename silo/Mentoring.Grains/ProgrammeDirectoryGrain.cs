using Mentoring.Abstractions;

namespace Mentoring.Grains;

/// <inheritdoc cref="IProgrammeDirectoryGrain"/>
[Reentrant]
public sealed class ProgrammeDirectoryGrain : Grain, IProgrammeDirectoryGrain
{
    private readonly IPersistentState<SortedIdSetState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, int>? _entries;

    public ProgrammeDirectoryGrain(
        [PersistentState(StorageNames.DirectoryState, StorageNames.Provider)] IPersistentState<SortedIdSetState> state)
    {
        _state = state;
        _commit = new GroupCommit(() =>
        {
            // The provider serialises after its own awaits; hand it a copy no interleaved call can change.
            _state.State = new SortedIdSetState { Entries = new Dictionary<string, int>(Entries, StringComparer.Ordinal) };
            return _state.WriteStateAsync();
        });
    }

    private Dictionary<string, int> Entries => _entries ??= new Dictionary<string, int>(_state.State.Entries, StringComparer.Ordinal);

    Task IProgrammeDirectoryGrain.AddAsync(string programmeId, CancellationToken cancellationToken) =>
        Entries.TryAdd(programmeId, 0) ? _commit.PersistAsync() : Task.CompletedTask;

    Task IProgrammeDirectoryGrain.RemoveAsync(string programmeId, CancellationToken cancellationToken) =>
        Entries.Remove(programmeId) ? _commit.PersistAsync() : Task.CompletedTask;

    Task<MembershipPage> IProgrammeDirectoryGrain.ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var after = Entries.Keys
            .Where(id => afterId is null || string.CompareOrdinal(id, afterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        var hasMore = after.Count > limit;
        return Task.FromResult(new MembershipPage([.. after.Take(limit)], hasMore));
    }
}
