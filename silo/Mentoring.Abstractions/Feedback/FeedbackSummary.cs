using System.Collections.Immutable;

namespace Mentoring.Abstractions.Feedback;

/// <summary>
/// A programme's feedback: response rate (answers over delivered surveys), satisfaction per check-in point and per week,
/// reasons for matches ending early, and the answers at or below <see cref="LowScoreThreshold"/>, newest first.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackSummary(
    [property: Id(0)] int Delivered,
    [property: Id(1)] int Answered,
    [property: Id(2)] ImmutableArray<CheckInPointSummary> Points,
    [property: Id(3)] ImmutableArray<WeeklySatisfaction> Weeks,
    [property: Id(4)] int EndedEarly,
    [property: Id(5)] ImmutableArray<EndingReason> EndingReasons,
    [property: Id(6)] int LowScoreThreshold,
    [property: Id(7)] ImmutableArray<FlaggedAnswer> Flagged)
{
    /// <summary>Answers over delivered surveys, 0 when none was delivered.</summary>
    public double ResponseRate => Delivered == 0 ? 0 : (double)Answered / Delivered;
}
