using System.Collections.Immutable;
using System.Diagnostics;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Lanes;
using Mentoring.Grains.Telemetry;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRecommendationGrain"/>
/// <remarks>
/// Scores against a per-silo cached encoding of the whole programme (mentees and mentors, with what earlier rounds
/// settled), so a request is one row of the scoring kernel; the mentee's earlier partners are read fresh every time.
/// A rebuild that a caller waits for (no encoding yet, an unknown mentee, one past twice the staleness bound) runs on
/// the thread pool, so it never queues behind a round's work. The periodic rebuild that nobody waits for runs on the
/// background lane, at low priority, so it does not take the cores from the requests it is meant to serve.
/// </remarks>
[StatelessWorker(1)]
[Reentrant]
public sealed class RecommendationGrain(
    IOptions<RecommendationOptions> options,
    [FromKeyedServices(RecommendationOptions.ClockKey)] TimeProvider clock,
    RecommendationMetrics metrics, IParticipantStore participants, BackgroundLane lane,
    ILogger<RecommendationGrain> logger) : Grain, IRecommendationGrain
{
    private Pool? _pool;
    private Task<Pool?>? _refresh;
    private bool _refreshInBackground;
    private int _builds;
    private int _refreshBuild;

    async Task<ImmutableArray<RoundMatch>?> IRecommendationGrain.RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var recommendations = await RecommendAsync(menteeId, topN, cancellationToken);
        metrics.Record(started, found: recommendations is not null);
        return recommendations;
    }

    private async Task<ImmutableArray<RoundMatch>?> RecommendAsync(string menteeId, int topN, CancellationToken cancellationToken)
    {
        // Read fresh: a pair the mentee declined or made active a moment ago is left out even before the cache knows.
        var mentee = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(ProgrammeId, menteeId)).GetMenteeProfileAsync(cancellationToken);
        var pool = _pool;
        var age = pool is null ? TimeSpan.MaxValue : clock.GetUtcNow() - pool.BuiltAt;
        if (pool is null || !pool.Mentees.Contains(menteeId) || age > 2 * options.Value.MaxStaleness)
        {
            // No cache, a mentee it does not know yet, or one left over from before a quiet spell (it could still
            // name a participant erased since): wait for a fresh one, so what is served is never older than the bound.
            pool = await RefreshAsync(background: false).WaitAsync(cancellationToken);
        }
        else if (age > options.Value.MaxStaleness)
        {
            RefreshInBackground();
        }

        if (pool is null || !pool.Mentees.Contains(menteeId))
        {
            return null;
        }

        var excluded = mentee?.ExcludedPartners ?? [];
        return [.. pool.Round.Recommend(menteeId, topN + excluded.Length)
            .Where(m => !excluded.Contains(m.MentorId))
            .Take(topN)
            .Select(RoundResultWriter.ToRoundMatch)];
    }

    // One rebuild at a time per activation, shared by concurrent callers, so no caller's cancellation stops it. A caller
    // that must wait does not wait for a background rebuild still queued on a busy lane: it starts its own.
    private Task<Pool?> RefreshAsync(bool background)
    {
        if (_refresh is { } running && (background || !_refreshInBackground))
        {
            return running;
        }

        var id = ++_builds;
        var build = BuildAsync(id, background, CancellationToken.None);
        if (!build.IsCompleted)
        {
            (_refresh, _refreshInBackground, _refreshBuild) = (build, background, id);
        }

        return build;

        async Task<Pool?> BuildAsync(int build, bool onLane, CancellationToken token)
        {
            try
            {
                var takenAt = clock.GetUtcNow();
                MatchingRequest request;
                try
                {
                    request = await RoundInput.SnapshotAsync(GrainFactory, participants, ProgrammeId, RoundScope.All, null, null, token);
                }
                catch (InvalidOperationException)
                {
                    return _pool = null;
                }

                var round = onLane
                    ? await lane.RunAsync(_ => DistributedRound.Prepare(request), token)
                    : await Task.Run(() => DistributedRound.Prepare(request), token);
                var mentees = request.Participants.Where(p => p.IsMentee).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                var pool = new Pool(round, mentees, takenAt);

                // Of two rebuilds that overlapped, the one that read later is kept, whichever finished last.
                if (_pool is null || _pool.BuiltAt <= takenAt)
                {
                    _pool = pool;
                }

                return pool;
            }
            finally
            {
                if (_refreshBuild == build)
                {
                    _refresh = null;
                }
            }
        }
    }

    // Requests go on serving the current encoding meanwhile; a failed rebuild is logged and the next request tries again.
    private void RefreshInBackground() =>
        RefreshAsync(background: true).ContinueWith(
            static (failed, state) => ((ILogger)state!).LogWarning(failed.Exception, "Rebuilding the recommendation cache failed; the previous one is served until a later request retries."),
            logger,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private string ProgrammeId => this.GetPrimaryKeyString().Split('/')[1];

    private sealed record Pool(DistributedRound Round, HashSet<string> Mentees, DateTimeOffset BuiltAt);
}
