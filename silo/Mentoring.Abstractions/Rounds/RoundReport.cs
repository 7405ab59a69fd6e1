using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions.Rounds;

/// <summary>The quality report of a finished round.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundReport(
    [property: Id(0)] int MenteeCount,
    [property: Id(1)] int MentorCount,
    [property: Id(2)] int MatchedCount,
    [property: Id(3)] double MatchRate,
    [property: Id(4)] double TotalScore,
    [property: Id(5)] double MeanScore,
    [property: Id(6)] double P10,
    [property: Id(7)] double P50,
    [property: Id(8)] double P90,
    [property: Id(9)] ImmutableSortedDictionary<int, int> MentorLoadHistogram,
    [property: Id(10)] ImmutableSortedDictionary<string, int> UnmatchedByReason)
{
    /// <summary>
    /// The cause code of each reason in <see cref="UnmatchedByReason"/>; null in reports stored before codes (the
    /// serializer leaves a field a stored report lacks at its default, whatever an initialiser says).
    /// </summary>
    [Id(11)] public ImmutableSortedDictionary<string, UnmatchedCause>? ReasonCauses { get; init; }
}
