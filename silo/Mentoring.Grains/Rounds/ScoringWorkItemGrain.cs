using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Telemetry;
using Mentoring.Grains.Lanes;
using Mentoring.Grains.Telemetry;
using Mentoring.Matching.Distributed;
using Orleans.Placement;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IScoringWorkItemGrain"/>
[RandomPlacement]
public sealed class ScoringWorkItemGrain(ILocalSiloDetails silo, RoundMetrics metrics, BackgroundLane lane) : Grain, IScoringWorkItemGrain
{
    async Task<CandidateBlockMessage> IScoringWorkItemGrain.ScoreAsync(ScoringSliceMessage slice, CancellationToken cancellationToken)
    {
        using var activity = MentoringInstrumentation.Activities.StartActivity("score slice");
        activity?.SetTag("mentoring.silo", silo.SiloAddress.ToString());
        var block = await lane.RunAsync(token => SliceScorer.Score(slice.ToSlice(), token), cancellationToken);
        metrics.RecordPairsScored(block.PairsScored);

        // Nothing to keep: the next slice with this key may well land on another silo.
        DeactivateOnIdle();
        return block.ToMessage(silo.SiloAddress.ToString());
    }
}
