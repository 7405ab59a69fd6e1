using System.Collections.Concurrent;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Lanes;
using Mentoring.Matching.Distributed;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// The scoring phase: one work item per slice, placed at random over the silos, a bounded number in flight;
/// a work item lost with its silo is re-issued under a fresh key, so the result never depends on failures.
/// </summary>
internal sealed class RoundFanOut(IGrainFactory grains, BackgroundLane lane, RoundSpec spec, RoundOptions options, ILogger logger)
{
    public ConcurrentDictionary<string, int> WorkItemsPerSilo { get; } = new(StringComparer.Ordinal);

    public async Task<IReadOnlyCollection<CandidateBlock>> ScoreAsync(
        DistributedRound round, Action<long> onPairsScored, CancellationToken cancellationToken)
    {
        var plan = round.Plan(options.MenteeBatch, options.MentorBatch);
        var blocks = new CandidateBlock[plan.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentWorkItems));
        var items = plan.Select(async (bounds, index) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var message = await lane.RunAsync(_ => round.Slice(bounds).ToMessage(), cancellationToken);
                var block = await ScoreWithRetriesAsync(index, message, cancellationToken);
                WorkItemsPerSilo.AddOrUpdate(block.Silo, 1, (_, count) => count + 1);
                blocks[index] = block.ToBlock();
                onPairsScored(block.PairsScored);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(items);
        return blocks;
    }

    private async Task<CandidateBlockMessage> ScoreWithRetriesAsync(int index, ScoringSliceMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var key = RoundKeys.WorkItem(spec.ProgrammeId, spec.RoundId, index, attempt);
            try
            {
                return await grains.GetGrain<IScoringWorkItemGrain>(key).ScoreAsync(message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < options.WorkItemAttempts)
            {
                logger.LogWarning(exception, "Work item {Index} of round {Round} failed (attempt {Attempt}); re-issuing", index, spec.RoundId, attempt);
            }
        }
    }
}
