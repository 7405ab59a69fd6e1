using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="ScoreWeights"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct ScoreWeightsSurrogate
{
    [Id(0)] public double Skills { get; init; }
    [Id(1)] public double Goals { get; init; }
    [Id(2)] public double Interests { get; init; }
    [Id(3)] public double Availability { get; init; }
    [Id(4)] public double Language { get; init; }
    [Id(5)] public double Seniority { get; init; }
    [Id(6)] public double TimeZone { get; init; }
    [Id(7)] public double Format { get; init; }
    [Id(8)] public double Organisation { get; init; }
    [Id(9)] public double Industry { get; init; }
    [Id(10)] public double Rank { get; init; }
    [Id(11)] public double PriorEngagement { get; init; }
}

[RegisterConverter]
public sealed class ScoreWeightsConverter : IConverter<ScoreWeights, ScoreWeightsSurrogate>
{
    public ScoreWeights ConvertFromSurrogate(in ScoreWeightsSurrogate s) => new()
    {
        Skills = s.Skills, Goals = s.Goals, Interests = s.Interests, Availability = s.Availability,
        Language = s.Language, Seniority = s.Seniority, TimeZone = s.TimeZone, Format = s.Format,
        Organisation = s.Organisation, Industry = s.Industry, Rank = s.Rank, PriorEngagement = s.PriorEngagement,
    };

    public ScoreWeightsSurrogate ConvertToSurrogate(in ScoreWeights w) => new()
    {
        Skills = w.Skills, Goals = w.Goals, Interests = w.Interests, Availability = w.Availability,
        Language = w.Language, Seniority = w.Seniority, TimeZone = w.TimeZone, Format = w.Format,
        Organisation = w.Organisation, Industry = w.Industry, Rank = w.Rank, PriorEngagement = w.PriorEngagement,
    };
}
