using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>A shard's best mentors for one mentee as parallel arrays (ids and scores, best first), compact on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record ScoredMentors(
    [property: Id(0)] ImmutableArray<string> MentorIds,
    [property: Id(1)] ImmutableArray<float> Scores)
{
    public static ScoredMentors Empty { get; } = new([], []);
}
