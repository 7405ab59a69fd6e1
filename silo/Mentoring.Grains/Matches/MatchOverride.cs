using System.Collections.Immutable;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Matches;

/// <summary>
/// One override as journalled before its first write: everything its steps need, so a retry repeats them exactly.
/// <see cref="Request"/> is what the caller asked, to refuse the request id reused for something else.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatchOverride(
    [property: Id(0)] string Request,
    [property: Id(1)] string RoundId,
    [property: Id(2)] ImmutableArray<RoundMatch> NewMatches,
    [property: Id(3)] ImmutableArray<MatchAddress> Replaced,
    [property: Id(4)] string? MentorToReserve,
    [property: Id(5)] bool Done);
