using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Matching.Distributed;

namespace Mentoring.Grains;

/// <inheritdoc cref="IMembershipShardGrain"/>
/// <remarks>
/// Stored as <see cref="Buckets"/> rows (<see cref="MembershipBucket"/>), so a profile change rewrites a sixteenth of
/// the shard. A shard stored as one row before buckets existed is moved into them on activation.
/// </remarks>
[Reentrant]
public sealed class MembershipShardGrain : Grain, IMembershipShardGrain
{
    public const int Buckets = 16;

    private readonly IPersistentState<MembershipState> _legacy;
    private readonly MembershipBucket[] _buckets;
    private string[]? _sortedIds;
    private ShardMentorPool? _mentorPool;

    public MembershipShardGrain(
        [PersistentState(StorageNames.MembershipState, StorageNames.Provider)] IPersistentState<MembershipState> legacy,
        IPersistentStateFactory states)
    {
        _legacy = legacy;
        _buckets = [.. Enumerable.Range(0, Buckets).Select(bucket => new MembershipBucket(states.Create<MembershipState>(
            GrainContext, new PersistentStateAttribute(StorageNames.MembershipBucketState(bucket), StorageNames.Provider))))];
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_legacy.State.Profiles.Count == 0 && _legacy.State.Loads.Count == 0)
        {
            return;
        }

        // A crash before the old row is cleared repeats this; entries already in a bucket are newer and stay.
        foreach (var (id, profile) in _legacy.State.Profiles)
        {
            Bucket(id).Profiles.TryAdd(id, profile);
        }

        foreach (var (id, load) in _legacy.State.Loads)
        {
            Bucket(id).Loads.TryAdd(id, load);
        }

        await Task.WhenAll(_buckets.Select(bucket => bucket.PersistAsync()));
        await _legacy.ClearStateAsync(cancellationToken);
    }

    Task IMembershipShardGrain.UpsertAsync(Participant participant, CancellationToken cancellationToken)
    {
        var bucket = Bucket(participant.Id);
        if (bucket.Profiles.TryGetValue(participant.Id, out var current) && ContentEquality.Same(current, participant))
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

        bucket.Profiles[participant.Id] = participant;
        return bucket.PersistAsync();
    }

    Task IMembershipShardGrain.RemoveAsync(string participantId, CancellationToken cancellationToken)
    {
        var bucket = Bucket(participantId);
        if (!bucket.Profiles.Remove(participantId, out var removed))
        {
            return Task.CompletedTask;
        }

        _sortedIds = null;
        bucket.Loads.Remove(participantId);
        if (removed.IsMentor)
        {
            MentorPool.Invalidate();
        }

        return bucket.PersistAsync();
    }

    Task<MembershipPage> IMembershipShardGrain.ListAsync(string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var sorted = SortedIds();
        var start = afterId is null ? 0 : FirstAfter(sorted, afterId);
        var page = ImmutableArray.CreateBuilder<string>(Math.Min(limit, 256));
        var index = start;
        for (; index < sorted.Length && page.Count < limit; index++)
        {
            if (role is null || Profile(sorted[index]).Role == role)
            {
                page.Add(sorted[index]);
            }
        }

        return Task.FromResult(new MembershipPage(page.ToImmutable(), index < sorted.Length));
    }

    Task<ImmutableArray<Participant>> IMembershipShardGrain.GetProfilesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(SortedIds().Select(Profile).ToImmutableArray());

    Task<int> IMembershipShardGrain.CountAsync(CancellationToken cancellationToken) => Task.FromResult(_buckets.Sum(bucket => bucket.Profiles.Count));

    Task IMembershipShardGrain.SetMatchLoadAsync(string participantId, MatchLoad load, CancellationToken cancellationToken)
    {
        var bucket = Bucket(participantId);
        var loads = bucket.Loads;
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
        return bucket.PersistAsync();
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
        () => _buckets.SelectMany(bucket => bucket.Profiles.Values).Where(p => p.IsMentor),
        () => _buckets.SelectMany(bucket => bucket.Loads).ToDictionary(StringComparer.Ordinal));

    private MembershipBucket Bucket(string participantId) =>
        _buckets[(int)(GrainKeys.StableHash(participantId) / GrainKeys.MembershipShards % Buckets)];

    private Participant Profile(string participantId) => Bucket(participantId).Profiles[participantId];

    private string[] SortedIds()
    {
        if (_sortedIds is null)
        {
            _sortedIds = [.. _buckets.SelectMany(bucket => bucket.Profiles.Keys)];
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
