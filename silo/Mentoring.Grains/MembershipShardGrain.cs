using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <inheritdoc cref="IMembershipShardGrain"/>
[Reentrant]
public sealed class MembershipShardGrain : Grain, IMembershipShardGrain
{
    private readonly IPersistentState<MembershipState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, Participant>? _profiles;
    private string[]? _sortedIds;

    public MembershipShardGrain(
        [PersistentState(StorageNames.MembershipState, StorageNames.Provider)] IPersistentState<MembershipState> state)
    {
        _state = state;
        _commit = new GroupCommit(() =>
        {
            // The provider serialises after its own awaits; hand it a copy no interleaved call can change.
            _state.State = new MembershipState { Profiles = new Dictionary<string, Participant>(Profiles, StringComparer.Ordinal) };
            return _state.WriteStateAsync();
        });
    }

    private Dictionary<string, Participant> Profiles =>
        _profiles ??= new Dictionary<string, Participant>(_state.State.Profiles, StringComparer.Ordinal);

    Task IMembershipShardGrain.UpsertAsync(Participant participant, CancellationToken cancellationToken)
    {
        if (Profiles.TryGetValue(participant.Id, out var current) && ContentEquality.Same(current, participant))
        {
            return Task.CompletedTask;
        }

        if (current is null)
        {
            _sortedIds = null;
        }

        Profiles[participant.Id] = participant;
        return _commit.PersistAsync();
    }

    Task IMembershipShardGrain.RemoveAsync(string participantId, CancellationToken cancellationToken)
    {
        if (!Profiles.Remove(participantId))
        {
            return Task.CompletedTask;
        }

        _sortedIds = null;
        return _commit.PersistAsync();
    }

    Task<MembershipPage> IMembershipShardGrain.ListAsync(string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var sorted = SortedIds();
        var start = afterId is null ? 0 : FirstAfter(sorted, afterId);
        var page = ImmutableArray.CreateBuilder<string>(Math.Min(limit, 256));
        var index = start;
        for (; index < sorted.Length && page.Count < limit; index++)
        {
            if (role is null || Profiles[sorted[index]].Role == role)
            {
                page.Add(sorted[index]);
            }
        }

        return Task.FromResult(new MembershipPage(page.ToImmutable(), index < sorted.Length));
    }

    Task<ImmutableArray<Participant>> IMembershipShardGrain.GetProfilesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(SortedIds().Select(id => Profiles[id]).ToImmutableArray());

    Task<int> IMembershipShardGrain.CountAsync(CancellationToken cancellationToken) => Task.FromResult(Profiles.Count);

    private string[] SortedIds()
    {
        if (_sortedIds is null)
        {
            _sortedIds = [.. Profiles.Keys];
            Array.Sort(_sortedIds, StringComparer.Ordinal);
        }

        return _sortedIds;
    }

    private static int FirstAfter(string[] sorted, string afterId)
    {
        var index = Array.BinarySearch(sorted, afterId, StringComparer.Ordinal);
        return index >= 0 ? index + 1 : ~index;
    }
}
