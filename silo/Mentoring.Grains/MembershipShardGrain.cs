using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;

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
        if (_legacy.State.Profiles.Count == 0)
        {
            return;
        }

        // A crash before the old row is cleared repeats this; entries already in a bucket are newer and stay.
        foreach (var (id, profile) in _legacy.State.Profiles)
        {
            Bucket(id).Profiles.TryAdd(id, profile);
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


        bucket.Profiles[participant.Id] = participant;
        return bucket.PersistAsync();
    }

    Task IMembershipShardGrain.RemoveAsync(string participantId, CancellationToken cancellationToken)
    {
        var bucket = Bucket(participantId);
        if (!bucket.Profiles.Remove(participantId))
        {
            return Task.CompletedTask;
        }

        _sortedIds = null;

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

    async Task IMembershipShardGrain.ClearAsync(CancellationToken cancellationToken)
    {
        _sortedIds = null;
        await Task.WhenAll(_buckets.Select(bucket => bucket.ClearAsync(cancellationToken)));
        await _legacy.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    Task<ImmutableArray<string>> IMembershipShardGrain.ReferencingAsync(string participantId, CancellationToken cancellationToken) =>
        Task.FromResult(_buckets.SelectMany(bucket => bucket.Profiles.Values)
            .Where(profile => ParticipantReferences.Names(profile, participantId))
            .Select(profile => profile.Id)
            .ToImmutableArray());

    Task<int> IMembershipShardGrain.CountAsync(CancellationToken cancellationToken) => Task.FromResult(_buckets.Sum(bucket => bucket.Profiles.Count));

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
