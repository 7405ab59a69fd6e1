using Mentoring.Abstractions.Rounds;
using Mentoring.Matching.Distributed;
using Orleans.Placement;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IScoringWorkItemGrain"/>
[RandomPlacement]
public sealed class ScoringWorkItemGrain(ILocalSiloDetails silo) : Grain, IScoringWorkItemGrain
{
    Task<CandidateBlockMessage> IScoringWorkItemGrain.ScoreAsync(ScoringSliceMessage slice, CancellationToken cancellationToken)
    {
        var block = SliceScorer.Score(slice.ToSlice(), cancellationToken);

        // Nothing to keep: the next slice with this key may well land on another silo.
        DeactivateOnIdle();
        return Task.FromResult(block.ToMessage(silo.SiloAddress.ToString()));
    }
}
