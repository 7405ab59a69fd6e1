using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>
/// The integer costs of the optimal solve. An edge is worth <see cref="MatchBonus"/> + its score units;
/// the k-th mentee a mentor takes costs k x <see cref="PenaltyUnits"/> under fair load.
/// </summary>
/// <remarks>
/// Why the bonus makes the count come first: per matched mentee the secondary objective
/// (score minus fair-load penalty) lies in [-MaxPenalty, MaxScore], so any two assignments differ in it by
/// less than MenteeCount x (MaxScore + MaxPenalty). A bonus above that makes one more match outweigh any
/// possible loss of score.
/// </remarks>
internal sealed record OptimalCostModel(long MatchBonus, long PenaltyUnits, int[] EffectiveCapacities)
{
    public static OptimalCostModel Create(CandidateGraph graph, MatchingPolicy policy)
    {
        var effective = MentorCapacities.Effective(graph);
        var penaltyUnits = policy.FairLoad ? Math.Max(0, ScoreScale.ToUnits(policy.FairLoadPenalty)) : 0;
        var maxCapacity = effective.Length == 0 ? 0 : effective.Max();
        var maxScoreUnits = MaxScoreUnits(graph.Scores);
        var maxPenaltyPerMatch = checked(penaltyUnits * maxCapacity);
        var bonus = policy.MaximiseMatchCount
            ? checked(((long)graph.MenteeCount * (maxScoreUnits + maxPenaltyPerMatch)) + 1)
            : 0;
        return new OptimalCostModel(bonus, penaltyUnits, effective);
    }

    public long EdgeCost(float score) => -(MatchBonus + ScoreScale.ToUnits(score));

    public long LargestCostMagnitude()
    {
        var maxCapacity = EffectiveCapacities.Length == 0 ? 0 : EffectiveCapacities.Max();
        return Math.Max(MatchBonus + ScoreScale.UnitsPerPoint, PenaltyUnits * maxCapacity);
    }

    private static long MaxScoreUnits(ReadOnlySpan<float> scores)
    {
        long max = 0;
        foreach (var score in scores)
        {
            max = Math.Max(max, ScoreScale.ToUnits(score));
        }

        return max;
    }
}
