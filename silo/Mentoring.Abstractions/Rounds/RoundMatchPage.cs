using System.Collections.Immutable;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// One stored page of a round's result; rounds persist results in pages, never one giant state. <see cref="Peer"/> pages
/// come from a peer round: both people of a match hold a peer slot instead of a mentee and a mentor slot.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundMatchPage(
    [property: Id(0)] ImmutableArray<RoundMatch> Matches,
    [property: Id(1)] ImmutableArray<RoundUnmatched> Unmatched,
    [property: Id(2)] bool Peer);
