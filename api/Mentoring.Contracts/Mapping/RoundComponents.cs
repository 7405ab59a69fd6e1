using Mentoring.Contracts.V1;

namespace Mentoring.Contracts.Mapping;

/// <summary>Names the entries of a match's score breakdown.</summary>
public static class RoundComponents
{
    // API-stable names in the order of Mentoring.Matching.ScoreComponent, spelled like the ScoreWeights
    // fields so clients can pair each value with its weight; a renamed enum member must not change them.
    public static readonly IReadOnlyList<string> Names =
    [
        "skills", "goals", "interests", "availability", "language", "seniority",
        "time_zone", "format", "organisation", "industry", "rank", "prior_engagement",
    ];

    /// <summary>Values beyond the known names are dropped rather than sent unnamed.</summary>
    public static IEnumerable<ScoreComponentValue> ToProto(IReadOnlyList<float> breakdown) =>
        breakdown.Take(Names.Count).Select((value, index) => new ScoreComponentValue { Component = Names[index], Value = value });
}
