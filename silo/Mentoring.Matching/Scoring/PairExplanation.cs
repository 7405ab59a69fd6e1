namespace Mentoring.Matching;

/// <summary>Why a pair scored what it did: the total, each raw component (0..1), up to three reasons, and the excluding rule if any.</summary>
public sealed record PairExplanation(
    string MenteeId,
    string MentorId,
    double Total,
    IReadOnlyDictionary<ScoreComponent, double> Breakdown,
    IReadOnlyList<string> Reasons,
    ExclusionRule Exclusion)
{
    public bool IsFeasible => Exclusion == ExclusionRule.None;
}
