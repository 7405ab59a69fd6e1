using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <inheritdoc cref="IMembershipShardGrain"/>
[Reentrant]
public sealed class MembershipShardGrain : Grain, IMembershipShardGrain
{
    private readonly IPersistentState<SortedIdSetState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, int>? _entries;
    private string[]? _sortedIds;

    public MembershipShardGrain(
        [PersistentState(StorageNames.MembershipState, StorageNames.Provider)] IPersistentState<SortedIdSetState> state)
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

    Task IMembershipShardGrain.AddAsync(string participantId, ParticipantRole role, CancellationToken cancellationToken)
    {
        if (Entries.TryGetValue(participantId, out var current) && current == (int)role)
        {
            return Task.CompletedTask;
        }

        Entries[participantId] = (int)role;
        _sortedIds = null;
        return _commit.PersistAsync();
    }

    Task IMembershipShardGrain.RemoveAsync(string participantId, CancellationToken cancellationToken)
    {
        if (!Entries.Remove(participantId))
        {
            return Task.CompletedTask;
        }

        _sortedIds = null;
        return _commit.PersistAsync();
    }

    Task<MembershipPage> IMembershipShardGrain.ListAsync(string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var sorted = _sortedIds ??= SortedIds();
        var start = afterId is null ? 0 : FirstAfter(sorted, afterId);
        var page = ImmutableArray.CreateBuilder<string>(Math.Min(limit, 256));
        var index = start;
        for (; index < sorted.Length && page.Count < limit; index++)
        {
            if (role is null || Entries[sorted[index]] == (int)role)
            {
                page.Add(sorted[index]);
            }
        }

        var hasMore = index < sorted.Length;
        return Task.FromResult(new MembershipPage(page.ToImmutable(), hasMore));
    }

    Task<int> IMembershipShardGrain.CountAsync(CancellationToken cancellationToken) => Task.FromResult(Entries.Count);

    private string[] SortedIds()
    {
        var ids = Entries.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }

    private static int FirstAfter(string[] sorted, string afterId)
    {
        var index = Array.BinarySearch(sorted, afterId, StringComparer.Ordinal);
        return index >= 0 ? index + 1 : ~index;
    }
}
