using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>A policy flattened for the hot path: each component's weight divided by the weight sum, so totals stay in 0..1.</summary>
internal sealed class ScoringPolicy
{
    private readonly float[] _coefficients = new float[ComponentScores.Count];

    public ScoringPolicy(MatchingPolicy policy, OrganisationMode organisationMode)
    {
        var w = policy.Weights;
        var sum = w.Sum > 0 ? w.Sum : 1;
        double[] weights = [w.Skills, w.Goals, w.Interests, w.Availability, w.Language, w.Seniority, w.TimeZone, w.Format, w.Organisation, w.Industry, w.Rank, w.PriorEngagement];
        for (var i = 0; i < weights.Length; i++)
        {
            _coefficients[i] = (float)(weights[i] / sum);
        }

        MinimumOverlapHours = policy.MinimumOverlapHours;
        TargetOverlapHours = Math.Max(1, policy.TargetOverlapHours);
        SeniorityGapMin = policy.SeniorityGapMin;
        SeniorityGapMax = policy.SeniorityGapMax;
        MinimumScore = (float)policy.MinimumScore;
        OrganisationMode = organisationMode;
    }

    public int MinimumOverlapHours { get; }
    public int TargetOverlapHours { get; }
    public int SeniorityGapMin { get; }
    public int SeniorityGapMax { get; }
    public float MinimumScore { get; }
    public OrganisationMode OrganisationMode { get; }

    public float this[ScoreComponent component] => _coefficients[(int)component];

    /// <summary>A pair is kept only above this; scores must be strictly positive for the graph.</summary>
    public bool Passes(float total) => total > 0f && total >= MinimumScore;
}
