namespace Mentoring.Abstractions.Feedback;

/// <summary>
/// One check-in point of a programme: surveys delivered, answers, and their mean score (null without answers).
/// <see cref="Point"/> is 1-based; <see cref="After"/> is its configured time after the match turned active.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckInPointSummary(
    [property: Id(0)] int Point,
    [property: Id(1)] TimeSpan After,
    [property: Id(2)] int Delivered,
    [property: Id(3)] int Answered,
    [property: Id(4)] double? MeanScore);
