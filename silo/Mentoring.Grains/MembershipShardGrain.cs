using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Matching.Distributed;

namespace Mentoring.Grains;

/// <inheritdoc cref="IMembershipShardGrain"/>
[Reentrant]
public sealed class MembershipShardGrain : Grain, IMembershipShardGrain
{
    private readonly IPersistentState<MembershipState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, Participant>? _profiles;
    private string[]? _sortedIds;
    private ShardMentorPool? _mentorPool;

    public MembershipShardGrain(
        [PersistentState(StorageNames.MembershipState, StorageNames.Provider)] IPersistentState<MembershipState> state)
    {
        _state = state;
        _commit = new GroupCommit(() =>
        {
            // The provider serialises after its own awaits; hand it a copy no interleaved call can change.
            _state.State = new MembershipState
            {
                Profiles = new Dictionary<string, Participant>(Profiles, StringComparer.Ordinal),
                Loads = new Dictionary<string, MatchLoad>(_state.State.Loads, StringComparer.Ordinal),
            };
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

        if (participant.IsMentor || current is { IsMentor: true })
        {
            MentorPool.Invalidate();
        }

        Profiles[participant.Id] = participant;
        return _commit.PersistAsync();
    }

    Task IMembershipShardGrain.RemoveAsync(string participantId, CancellationToken cancellationToken)
    {
        if (!Profiles.Remove(participantId, out var removed))
        {
            return Task.CompletedTask;
        }

        _sortedIds = null;
        _state.State.Loads.Remove(participantId);
        if (removed.IsMentor)
        {
            MentorPool.Invalidate();
        }

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

    Task IMembershipShardGrain.SetMatchLoadAsync(string participantId, MatchLoad load, CancellationToken cancellationToken)
    {
        var loads = _state.State.Loads;
        if (loads.GetValueOrDefault(participantId) == load || (!loads.ContainsKey(participantId) && load == MatchLoad.None))
        {
            return Task.CompletedTask;
        }

        if (load == MatchLoad.None)
        {
            loads.Remove(participantId);
        }
        else
        {
            loads[participantId] = load;
        }

        MentorPool.Invalidate();
        return _commit.PersistAsync();
    }

    async Task<ScoredMentors> IMembershipShardGrain.ScoreMentorsAsync(string programmeEtag, MenteeProfile mentee, int topN, CancellationToken cancellationToken)
    {
        var pool = await MentorPool.GetAsync(programmeEtag, cancellationToken);
        if (pool is null)
        {
            return ScoredMentors.Empty;
        }

        var best = pool.Best(mentee.Participant, mentee.ExcludedPartners, topN);
        return new ScoredMentors([.. best.Select(m => m.MentorId)], [.. best.Select(m => m.Score)]);
    }

    async Task<ImmutableArray<RoundMatch>> IMembershipShardGrain.ExplainMentorsAsync(
        string programmeEtag, MenteeProfile mentee, ScoredMentors chosen, CancellationToken cancellationToken)
    {
        var pool = await MentorPool.GetAsync(programmeEtag, cancellationToken);
        if (pool is null)
        {
            return [];
        }

        var scored = chosen.MentorIds.Select((id, i) => new ScoredMentor(id, chosen.Scores[i]));
        return [.. pool.Explain(mentee.Participant, mentee.ExcludedPartners, scored).Select(RoundResultWriter.ToRoundMatch)];
    }

    private ShardMentorPool MentorPool => _mentorPool ??= new ShardMentorPool(
        GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(this.GetPrimaryKeyString().Split('/')[1])),
        () => Profiles.Values.Where(p => p.IsMentor),
        () => _state.State.Loads);

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
