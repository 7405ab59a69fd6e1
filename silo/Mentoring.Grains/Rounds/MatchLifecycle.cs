using Mentoring.Abstractions.Matches;

namespace Mentoring.Grains.Rounds;

/// <summary>Where one match of a page is, once it has left PROPOSED.</summary>
[GenerateSerializer, Immutable]
public sealed record MatchLifecycle(
    [property: Id(0)] MatchState State,
    [property: Id(1)] string? Reason,
    [property: Id(2)] int? Rating,
    [property: Id(3)] string? Comment,
    [property: Id(4)] DateTimeOffset UpdateTime);
