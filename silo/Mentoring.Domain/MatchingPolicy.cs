namespace Mentoring.Domain;

/// <summary>A programme's scoring weights, hard-rule thresholds and solver settings.</summary>
public sealed record MatchingPolicy
{
    public ScoreWeights Weights { get; init; } = ScoreWeights.Default;

    public SolverMode Solver { get; init; } = SolverMode.Optimal;

    /// <summary>Optimal mode: match as many mentees as possible first, total score second.</summary>
    public bool MaximiseMatchCount { get; init; } = true;

    /// <summary>Optimal mode: each extra mentee for a mentor costs <see cref="FairLoadPenalty"/> times its position.</summary>
    public bool FairLoad { get; init; }

    public double FairLoadPenalty { get; init; } = 0.05;

    public PreferenceSource StablePreferences { get; init; } = PreferenceSource.Scores;

    /// <summary>Pairs scoring below this (0..1) are infeasible.</summary>
    public double MinimumScore { get; init; }

    /// <summary>Pairs with fewer shared weekly hours are infeasible.</summary>
    public int MinimumOverlapHours { get; init; } = 1;

    /// <summary>Shared weekly hours at which the availability component saturates at 1.</summary>
    public int TargetOverlapHours { get; init; } = 4;

    /// <summary>Pairs further apart than this many hours are infeasible.</summary>
    public int MaxTimeZoneDistanceHours { get; init; } = 12;

    /// <summary>Preferred mentor-minus-mentee seniority, in years: inside the window scores 1.</summary>
    public int SeniorityGapMin { get; init; } = 2;

    public int SeniorityGapMax { get; init; } = 15;

    /// <summary>Candidates kept per mentee before the solve.</summary>
    public int TopK { get; init; } = 32;

    public static MatchingPolicy Default { get; } = new();
}
