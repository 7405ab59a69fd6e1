using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>One stored page of a round's result; rounds persist results in pages, never one giant state.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundMatchPage(
    [property: Id(0)] ImmutableArray<RoundMatch> Matches,
    [property: Id(1)] ImmutableArray<RoundUnmatched> Unmatched);
