namespace Mentoring.Domain;

/// <summary>How much each score component counts. Weights are non-negative; the total is normalised by their sum.</summary>
public sealed record ScoreWeights
{
    public double Skills { get; init; } = 4;
    public double Goals { get; init; } = 2;
    public double Interests { get; init; } = 1;
    public double Availability { get; init; } = 2;
    public double Language { get; init; } = 1;
    public double Seniority { get; init; } = 1;
    public double TimeZone { get; init; } = 1;
    public double Format { get; init; } = 0.5;
    public double Organisation { get; init; } = 0.5;
    public double Industry { get; init; } = 0.5;
    public double Rank { get; init; } = 1;
    public double PriorEngagement { get; init; } = 0.5;

    public static ScoreWeights Default { get; } = new();

    public double Sum =>
        Skills + Goals + Interests + Availability + Language + Seniority
        + TimeZone + Format + Organisation + Industry + Rank + PriorEngagement;
}
