namespace Mentoring.Abstractions.Matches;

/// <summary>The compact form of a published match that later rounds read: who with whom, and where it is now.</summary>
[GenerateSerializer, Immutable]
public sealed record MatchPair(
    [property: Id(0)] string MenteeId,
    [property: Id(1)] string MentorId,
    [property: Id(2)] MatchState State);
