namespace Mentoring.Abstractions.Feedback;

/// <summary>A check-in answer at or below the low-score threshold, with both people's display names for the admin.</summary>
[GenerateSerializer, Immutable]
public sealed record FlaggedAnswer(
    [property: Id(0)] CheckInAnswer Answer,
    [property: Id(1)] string MenteeDisplayName,
    [property: Id(2)] string MentorDisplayName);
