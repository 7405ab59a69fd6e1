namespace Mentoring.Abstractions.Feedback;

/// <summary>
/// One participant's answer to one check-in survey of one match: a 1–5 <see cref="Score"/> and an optional comment.
/// <see cref="Point"/> is the check-in point (1 = the first configured one); <see cref="Side"/> is "mentee" or "mentor".
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckInAnswer(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string MenteeId,
    [property: Id(2)] string MentorId,
    [property: Id(3)] string ParticipantId,
    [property: Id(4)] string Side,
    [property: Id(5)] int Point,
    [property: Id(6)] int Score,
    [property: Id(7)] string? Comment,
    [property: Id(8)] DateTimeOffset AnswerTime);
