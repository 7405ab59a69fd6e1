namespace Mentoring.Abstractions.Matches;

/// <summary>A published match, addressed like its resource name: the round and the mentee.</summary>
[GenerateSerializer, Immutable]
public sealed record MatchAddress(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string MenteeId);
