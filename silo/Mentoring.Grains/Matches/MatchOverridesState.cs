using System.Collections.Immutable;

namespace Mentoring.Grains.Matches;

/// <summary>What a programme's override grain stores: the journal by request id, and the rounds overrides made.</summary>
[GenerateSerializer, Immutable]
public sealed record MatchOverridesState
{
    [Id(0)] public ImmutableDictionary<string, MatchOverride> ByRequest { get; init; } = ImmutableDictionary<string, MatchOverride>.Empty;

    /// <summary>Oldest first; each holds its new matches on page 0.</summary>
    [Id(1)] public ImmutableList<string> RoundIds { get; init; } = [];
}
