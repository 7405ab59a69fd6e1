namespace Mentoring.Abstractions.Feedback;

/// <summary>
/// Matches that ended before the programme's end time for one reason ("" when a participant or admin ended it with a
/// rating), with their mean end rating (null when none was rated).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EndingReason(
    [property: Id(0)] string Reason,
    [property: Id(1)] int Matches,
    [property: Id(2)] double? MeanRating);
