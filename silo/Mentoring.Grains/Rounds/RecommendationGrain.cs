using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRecommendationGrain"/>
/// <remarks>
/// Fans out to the programme's membership shards in two steps: every shard scores its own mentors and returns its
/// best few as ids and scores; then only the shards holding the overall best explain those pairs.
/// </remarks>
[StatelessWorker]
[Reentrant]
public sealed class RecommendationGrain : Grain, IRecommendationGrain
{
    async Task<ImmutableArray<RoundMatch>?> IRecommendationGrain.RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken)
    {
        var programmeId = this.GetPrimaryKeyString().Split('/')[1];
        var programmeTask = GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken);
        var mentee = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, menteeId)).GetMenteeProfileAsync(cancellationToken);
        var programme = await programmeTask;
        if (programme is null || mentee is null || !mentee.Participant.IsMentee)
        {
            return null;
        }

        if (topN == 0)
        {
            return [];
        }

        var shards = Enumerable.Range(0, GrainKeys.MembershipShards)
            .Select(shard => GrainFactory.GetGrain<IMembershipShardGrain>(GrainKeys.MembershipShard(programmeId, shard)))
            .ToArray();
        var scored = await Task.WhenAll(shards.Select(shard => shard.ScoreMentorsAsync(programme.Etag, mentee, topN, cancellationToken)));

        // Best first, ties by mentor id: the order a whole-programme encoding gives (see MentorPool).
        var chosen = scored
            .SelectMany((found, shard) => found.MentorIds.Select((id, i) => (Shard: shard, Id: id, Score: found.Scores[i])))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(topN)
            .ToList();
        var explained = await Task.WhenAll(chosen.GroupBy(c => c.Shard).Select(group => shards[group.Key].ExplainMentorsAsync(
            programme.Etag, mentee, new ScoredMentors([.. group.Select(c => c.Id)], [.. group.Select(c => c.Score)]), cancellationToken)));
        var byMentor = explained.SelectMany(matches => matches).ToDictionary(m => m.MentorId, StringComparer.Ordinal);
        return [.. chosen.Where(c => byMentor.ContainsKey(c.Id)).Select(c => byMentor[c.Id])];
    }
}
