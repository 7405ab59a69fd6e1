using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// One match a round proposes. <see cref="Breakdown"/> holds the raw component scores (0..1) in the order of
/// Mentoring.Matching.ScoreComponent, which keeps the message compact.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundMatch(
    [property: Id(0)] string MenteeId,
    [property: Id(1)] string MentorId,
    [property: Id(2)] double Score,
    [property: Id(3)] ImmutableArray<float> Breakdown,
    [property: Id(4)] ImmutableArray<string> Reasons);
