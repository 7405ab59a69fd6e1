namespace Mentoring.Abstractions.Matches;

/// <summary>
/// One published match with its lifecycle. <see cref="Reason"/> says why a match was declined (by whom, or
/// "mentor full"); <see cref="Rating"/> and <see cref="Comment"/> are set when it ended.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatchSnapshot(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string MenteeId,
    [property: Id(2)] string MentorId,
    [property: Id(3)] double Score,
    [property: Id(4)] MatchState State,
    [property: Id(5)] string? Reason,
    [property: Id(6)] int? Rating,
    [property: Id(7)] string? Comment,
    [property: Id(8)] DateTimeOffset UpdateTime);
