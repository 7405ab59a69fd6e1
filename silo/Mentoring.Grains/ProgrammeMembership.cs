using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>Walks a programme's membership shards: listing, counting and erasing participants.</summary>
internal sealed class ProgrammeMembership(IGrainFactory grains, string programmeId)
{
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, GrainKeys.MembershipShards)
            .Select(shard => Shard(shard).CountAsync(cancellationToken)));
        return counts.Any(count => count > 0);
    }

    public async Task<ParticipantPage> ListAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, CancellationToken cancellationToken)
    {
        var ids = new List<string>(pageSize);
        var shard = cursor.Shard;
        var afterId = cursor.AfterId;
        ParticipantCursor? next = null;
        while (shard < GrainKeys.MembershipShards)
        {
            var page = await Shard(shard).ListAsync(afterId, pageSize - ids.Count, role, cancellationToken);
            ids.AddRange(page.ParticipantIds);
            if (ids.Count == pageSize)
            {
                next = page.HasMore ? new ParticipantCursor(shard, ids[^1]) : NextShard(shard);
                break;
            }

            shard++;
            afterId = null;
        }

        var snapshots = await Task.WhenAll(ids.Select(id =>
            grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, id)).GetAsync(cancellationToken)));
        return new ParticipantPage([.. snapshots.OfType<ParticipantSnapshot>()], next);
    }

    public async Task EraseAllAsync(CancellationToken cancellationToken)
    {
        for (var shard = 0; shard < GrainKeys.MembershipShards; shard++)
        {
            while (true)
            {
                var page = await Shard(shard).ListAsync(null, 500, null, cancellationToken);
                if (page.ParticipantIds.IsEmpty)
                {
                    break;
                }

                await Task.WhenAll(page.ParticipantIds.Select(id =>
                    grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, id)).DeleteAsync(null, cancellationToken)));
            }

            await Shard(shard).ClearAsync(cancellationToken);
        }
    }

    private static ParticipantCursor? NextShard(int shard) =>
        shard + 1 < GrainKeys.MembershipShards ? new ParticipantCursor(shard + 1, null) : null;

    private IMembershipShardGrain Shard(int shard) =>
        grains.GetGrain<IMembershipShardGrain>(GrainKeys.MembershipShard(programmeId, shard));
}
