using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="MatchingPolicy"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct MatchingPolicySurrogate
{
    [Id(0)] public required ScoreWeights Weights { get; init; }
    [Id(1)] public int Solver { get; init; }
    [Id(2)] public bool MaximiseMatchCount { get; init; }
    [Id(3)] public bool FairLoad { get; init; }
    [Id(4)] public double FairLoadPenalty { get; init; }
    [Id(5)] public int StablePreferences { get; init; }
    [Id(6)] public double MinimumScore { get; init; }
    [Id(7)] public int MinimumOverlapHours { get; init; }
    [Id(8)] public int TargetOverlapHours { get; init; }
    [Id(9)] public int MaxTimeZoneDistanceHours { get; init; }
    [Id(10)] public int SeniorityGapMin { get; init; }
    [Id(11)] public int SeniorityGapMax { get; init; }
    [Id(12)] public int TopK { get; init; }
}

[RegisterConverter]
public sealed class MatchingPolicyConverter : IConverter<MatchingPolicy, MatchingPolicySurrogate>
{
    public MatchingPolicy ConvertFromSurrogate(in MatchingPolicySurrogate s) => new()
    {
        Weights = s.Weights,
        Solver = (SolverMode)s.Solver,
        MaximiseMatchCount = s.MaximiseMatchCount,
        FairLoad = s.FairLoad,
        FairLoadPenalty = s.FairLoadPenalty,
        StablePreferences = (PreferenceSource)s.StablePreferences,
        MinimumScore = s.MinimumScore,
        MinimumOverlapHours = s.MinimumOverlapHours,
        TargetOverlapHours = s.TargetOverlapHours,
        MaxTimeZoneDistanceHours = s.MaxTimeZoneDistanceHours,
        SeniorityGapMin = s.SeniorityGapMin,
        SeniorityGapMax = s.SeniorityGapMax,
        TopK = s.TopK,
    };

    public MatchingPolicySurrogate ConvertToSurrogate(in MatchingPolicy p) => new()
    {
        Weights = p.Weights,
        Solver = (int)p.Solver,
        MaximiseMatchCount = p.MaximiseMatchCount,
        FairLoad = p.FairLoad,
        FairLoadPenalty = p.FairLoadPenalty,
        StablePreferences = (int)p.StablePreferences,
        MinimumScore = p.MinimumScore,
        MinimumOverlapHours = p.MinimumOverlapHours,
        TargetOverlapHours = p.TargetOverlapHours,
        MaxTimeZoneDistanceHours = p.MaxTimeZoneDistanceHours,
        SeniorityGapMin = p.SeniorityGapMin,
        SeniorityGapMax = p.SeniorityGapMax,
        TopK = p.TopK,
    };
}
