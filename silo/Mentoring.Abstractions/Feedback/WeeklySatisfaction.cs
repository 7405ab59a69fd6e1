namespace Mentoring.Abstractions.Feedback;

/// <summary>The check-in answers given in one week (starting Monday 00:00 UTC): how many, and their mean score.</summary>
[GenerateSerializer, Immutable]
public sealed record WeeklySatisfaction(
    [property: Id(0)] DateTimeOffset WeekStart,
    [property: Id(1)] int Answered,
    [property: Id(2)] double MeanScore);
