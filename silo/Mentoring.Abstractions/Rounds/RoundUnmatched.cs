using Mentoring.Domain;

namespace Mentoring.Abstractions.Rounds;

/// <summary>A mentee the round could not place, why in words, and the same as a code (unspecified in pages stored before codes).</summary>
[GenerateSerializer, Immutable]
public sealed record RoundUnmatched([property: Id(0)] string MenteeId, [property: Id(1)] string Reason)
{
    [Id(2)] public UnmatchedCause Cause { get; init; }
}
