using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// One (mentee, mentor) pair judged by the same encoding, <see cref="PairScorer.Evaluate(int, int, out float)"/> and
/// explanation a round uses, for a pair an admin chooses by hand. Capacity is not judged here: the mentor's grain counts its slots.
/// </summary>
public static class PairCheck
{
    /// <summary>The pair's score, breakdown and reasons, and the first hard rule that excludes it (<see cref="ExclusionRule.None"/> when feasible).</summary>
    public static PairExplanation Evaluate(Programme programme, Participant mentee, Participant mentor, IEnumerable<PreviousPair> previousPairs)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        var round = FeatureEncoder.Encode(programme, [mentee], [mentor]);
        return PairExplainer.Explain(new PairScorer(round, previousPairs, [1]), 0, 0);
    }
}
