using System.Collections.Immutable;
using Mentoring.Grains.Events;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// The lifecycle of a page's matches, by mentee id; a match not listed is still PROPOSED. Stored apart from the page
/// content so an accept writes a few bytes, not a thousand explained matches.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundPageMatchesState
{
    [Id(0)] public ImmutableDictionary<string, MatchLifecycle> Matches { get; init; } = ImmutableDictionary<string, MatchLifecycle>.Empty;

    /// <summary>The events of the moves written with them, until a later write finds them in the programme's log (outbox).</summary>
    [Id(1)] public ImmutableArray<PendingEvent> PendingEvents { get; init; } = [];
}
