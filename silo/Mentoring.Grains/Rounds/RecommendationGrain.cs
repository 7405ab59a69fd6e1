using System.Collections.Immutable;
using System.Diagnostics;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Telemetry;
using Mentoring.Matching.Distributed;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRecommendationGrain"/>
/// <remarks>
/// Each silo's worker keeps the programme's mentors encoded once (a <see cref="MentorPool"/> read from the 64 membership
/// shards, with their match loads) and rebuilds it in the background once older than
/// <see cref="RecommendationOptions.MaxStaleness"/>. The mentee's profile and earlier partners are read fresh on every request.
/// </remarks>
[StatelessWorker(1)]
[Reentrant]
public sealed class RecommendationGrain(IOptions<RecommendationOptions> options, TimeProvider clock, RecommendationMetrics metrics) : Grain, IRecommendationGrain
{
    private Pool? _pool;
    private Task<Pool?>? _refresh;

    async Task<ImmutableArray<RoundMatch>?> IRecommendationGrain.RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var recommendations = await RecommendAsync(menteeId, topN, cancellationToken);
        metrics.Record(started, found: recommendations is not null);
        return recommendations;
    }

    private async Task<ImmutableArray<RoundMatch>?> RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken)
    {
        var mentee = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(ProgrammeId, menteeId)).GetMenteeProfileAsync(cancellationToken);
        if (mentee is null || !mentee.Participant.IsMentee)
        {
            return null;
        }

        var pool = _pool;
        if (pool is null)
        {
            pool = await RefreshAsync().WaitAsync(cancellationToken);
        }
        else if (clock.GetUtcNow() - pool.BuiltAt > options.Value.MaxStaleness)
        {
            _ = RefreshAsync();
        }

        if (pool is null)
        {
            return null;
        }

        var best = pool.Mentors.Best(mentee.Participant, mentee.ExcludedPartners, topN);
        return [.. pool.Mentors.Explain(mentee.Participant, mentee.ExcludedPartners, best).Select(RoundResultWriter.ToRoundMatch)];
    }

    // One rebuild at a time per activation; concurrent callers share it, so no caller's cancellation stops it.
    private Task<Pool?> RefreshAsync()
    {
        if (_refresh is { } running)
        {
            return running;
        }

        var build = BuildAsync();
        _refresh = build.IsCompleted ? null : build;
        return build;

        async Task<Pool?> BuildAsync()
        {
            try
            {
                var builtAt = clock.GetUtcNow();
                var programme = await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(ProgrammeId)).GetAsync();
                if (programme is null)
                {
                    return _pool = null;
                }

                var shards = await Task.WhenAll(Enumerable.Range(0, GrainKeys.MembershipShards).Select(shard =>
                    GrainFactory.GetGrain<IMembershipShardGrain>(GrainKeys.MembershipShard(ProgrammeId, shard)).GetMentorsAsync()));
                var mentors = shards.SelectMany(s => s.Mentors).ToList();
                var remaining = RemainingCapacities(programme.Programme, shards);
                var pool = await Task.Run(() => MentorPool.Build(programme.Programme, mentors, remaining));
                return _pool = new Pool(pool, builtAt);
            }
            finally
            {
                _refresh = null;
            }
        }
    }

    /// <summary>Capacity left after active matches: a mentor's declared capacity, or one pairing for a peer in a peer programme.</summary>
    private static Dictionary<string, int> RemainingCapacities(Programme programme, ShardMentors[] shards)
    {
        var peer = programme.Policy.Solver == SolverMode.Peer;
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            for (var i = 0; i < shard.Mentors.Length; i++)
            {
                var (mentor, load) = (shard.Mentors[i], shard.Loads[i]);
                remaining[mentor.Id] = Math.Max(0, peer ? MatchLimits.PeerActiveMatches - load.AsPeer : mentor.Capacity - load.AsMentor);
            }
        }

        return remaining;
    }

    private string ProgrammeId => this.GetPrimaryKeyString().Split('/')[1];

    private sealed record Pool(MentorPool Mentors, DateTimeOffset BuiltAt);
}
