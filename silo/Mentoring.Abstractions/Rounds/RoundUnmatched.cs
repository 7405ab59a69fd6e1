namespace Mentoring.Abstractions.Rounds;

/// <summary>A mentee the round could not place, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundUnmatched([property: Id(0)] string MenteeId, [property: Id(1)] string Reason);
