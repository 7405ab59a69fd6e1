using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>A policy flattened for the hot path: each component's weight divided by the weight sum, so totals stay in 0..1.</summary>
internal sealed class ScoringPolicy
{
    private readonly float[] _coefficients = new float[ComponentScores.Count];

    public ScoringPolicy(MatchingPolicy policy, OrganisationMode organisationMode)
        : this(
            ComponentWeights.Of(policy.Weights), policy.MinimumScore, policy.MinimumOverlapHours, policy.TargetOverlapHours,
            policy.SeniorityGapMin, policy.SeniorityGapMax, organisationMode)
    {
    }

    /// <summary>From a slice's arrays: <paramref name="weights"/> in <see cref="ScoreComponent"/> order (<see cref="ComponentWeights"/>).</summary>
    public ScoringPolicy(
        double[] weights, double minimumScore, int minimumOverlapHours, int targetOverlapHours, int seniorityGapMin, int seniorityGapMax, OrganisationMode organisationMode)
    {
        if (weights.Length != ComponentScores.Count)
        {
            throw new ArgumentException($"One weight per score component ({ComponentScores.Count}) is required.", nameof(weights));
        }

        // Summed in component order, as ScoreWeights.Sum does, so a slice's coefficients equal the whole round's bit for bit.
        var total = 0d;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var sum = total > 0 ? total : 1;
        for (var i = 0; i < weights.Length; i++)
        {
            _coefficients[i] = (float)(weights[i] / sum);
        }

        Weights = weights;
        MinimumOverlapHours = minimumOverlapHours;
        TargetOverlapHours = Math.Max(1, targetOverlapHours);
        SeniorityGapMin = seniorityGapMin;
        SeniorityGapMax = seniorityGapMax;
        MinimumScore = (float)minimumScore;
        OrganisationMode = organisationMode;
    }

    /// <summary>The policy's weights as given, in <see cref="ScoreComponent"/> order; slices carry these.</summary>
    public IReadOnlyList<double> Weights { get; }

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
