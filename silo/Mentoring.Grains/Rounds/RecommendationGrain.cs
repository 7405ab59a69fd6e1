using System.Collections.Immutable;
using System.Diagnostics;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Telemetry;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRecommendationGrain"/>
/// <remarks>
/// Scores against a per-silo cached pool of the programme (its mentors encoded once, with what earlier rounds settled;
/// see <see cref="RecommendationPool"/>): a request encodes its one mentee and scores one row of the kernel, and the
/// mentee's earlier partners are read fresh every time.
/// A rebuild reads only the rows changed since the last one (<see cref="ProgrammeRows"/>) and encodes on the thread pool:
/// it never runs on this activation's turn, so requests keep being served from the current encoding meanwhile, and
/// never queues behind a round's work on the background lane (whose below-normal threads starve under request load).
/// The worker is kept while idle for the usual collection age, so its cache outlives pauses in traffic.
/// </remarks>
// Idle-worker removal is off: the runtime otherwise deactivates the one worker whenever its queue empties for a moment,
// and the next request waits for a cold rebuild of the whole cache (a read of every row) instead of a change-only one.
[StatelessWorker(1, removeIdleWorkers: false)]
[Reentrant]
public sealed class RecommendationGrain(
    IOptions<RecommendationOptions> options,
    [FromKeyedServices(RecommendationOptions.ClockKey)] TimeProvider clock,
    RecommendationMetrics metrics, IParticipantStore participants,
    ILogger<RecommendationGrain> logger) : Grain, IRecommendationGrain
{
    private Pool? _pool;
    private Task<Pool?>? _refresh;
    private string? _programmeId;

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
        var excluded = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(ProgrammeId, menteeId)).GetExcludedPartnersAsync(cancellationToken) ?? [];
        var pool = _pool;
        var age = pool is null ? TimeSpan.MaxValue : clock.GetUtcNow() - pool.BuiltAt;
        if (pool is null || !pool.Recommendations.Contains(menteeId) || age > 2 * options.Value.MaxStaleness)
        {
            // No cache, a mentee it does not know yet, or one left over from before a quiet spell (it could still
            // name a participant erased since): wait for a fresh one, so what is served is never older than the bound.
            pool = await RefreshAsync().WaitAsync(cancellationToken);
        }
        else if (age > options.Value.MaxStaleness)
        {
            RefreshInBackground();
        }

        if (pool is null || !pool.Recommendations.Contains(menteeId))
        {
            return null;
        }

        return [.. pool.Recommendations.Recommend(menteeId, topN + excluded.Length)
            .Where(m => !excluded.Contains(m.MentorId))
            .Take(topN)
            .Select(RoundResultWriter.ToRoundMatch)];
    }

    // One rebuild at a time per activation, shared by every caller that waits for it, so no caller's cancellation stops it.
    private Task<Pool?> RefreshAsync()
    {
        if (_refresh is { } running)
        {
            return running;
        }

        var build = BuildAsync();
        if (!build.IsCompleted)
        {
            _refresh = build;
        }

        return build;
    }

    private async Task<Pool?> BuildAsync()
    {
        try
        {
            var takenAt = clock.GetUtcNow();
            Programme programme;
            try
            {
                programme = await RoundInput.ProgrammeAsync(GrainFactory, ProgrammeId, null, CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                return _pool = null;
            }

            // Reading and decoding leave this activation's turn; only the few grain calls of composing stay on it.
            var previous = _pool?.Rows;
            var rows = await Task.Run(() => ProgrammeRows.ReadAsync(participants, ProgrammeId, previous, CancellationToken.None));
            var request = await RoundInput.ComposeAsync(GrainFactory, ProgrammeId, programme, rows.Participants, RoundScope.All, null, CancellationToken.None);
            var pool = await Task.Run(() => Pool.Of(request, rows, takenAt));
            metrics.RecordRebuild(pool.Recommendations.EncodedCount, rows.Decoded);
            return _pool = pool;
        }
        finally
        {
            _refresh = null;
        }
    }

    // Requests go on serving the current encoding meanwhile; a failed rebuild is logged and the next request tries again.
    private void RefreshInBackground() =>
        RefreshAsync().ContinueWith(
            static (failed, state) => ((ILogger)state!).LogWarning(failed.Exception, "Rebuilding the recommendation cache failed; the previous one is served until a later request retries."),
            logger,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private string ProgrammeId => _programmeId ??= this.GetPrimaryKeyString().Split('/')[1];

    private sealed record Pool(RecommendationPool Recommendations, DateTimeOffset BuiltAt, ProgrammeRows Rows)
    {
        public static Pool Of(MatchingRequest request, ProgrammeRows rows, DateTimeOffset builtAt) =>
            new(RecommendationPool.Prepare(request), builtAt, rows);
    }
}
