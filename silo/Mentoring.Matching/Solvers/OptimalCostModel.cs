using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>
/// The integer costs of the optimal solve: an edge costs minus its score units (<see cref="ScoreScale"/>), and under
/// fair load the k-th mentee a mentor takes costs k x <see cref="PenaltyUnits"/>.
/// </summary>
internal sealed record OptimalCostModel(long PenaltyUnits, int[] EffectiveCapacities)
{
    public static OptimalCostModel Create(CandidateGraph graph, MatchingPolicy policy)
    {
        var penaltyUnits = policy.FairLoad ? Math.Max(0, ScoreScale.ToUnits(policy.FairLoadPenalty)) : 0;
        return new OptimalCostModel(penaltyUnits, MentorCapacities.Effective(graph));
    }

    public static long EdgeCost(float score) => -ScoreScale.ToUnits(score);
}
