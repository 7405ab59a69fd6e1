namespace Mentoring.Abstractions.Feedback;

/// <summary>A check-in survey handed to the mail sender for one side of one match (or skipped: the side has no address).</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInSent(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string MenteeId,
    [property: Id(2)] string ParticipantId,
    [property: Id(3)] int Point,
    [property: Id(4)] DateTimeOffset SendTime,
    [property: Id(5)] bool Delivered);
