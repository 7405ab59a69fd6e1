using System.Collections.Immutable;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Events;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// What a round coordinator stores: written at every phase change, so a restarted coordinator resumes. Once the round is
/// done, erasure changes its page index through <see cref="RoundResultsGrain"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundState
{
    [Id(0)] public RoundSpec? Spec { get; init; }
    [Id(1)] public RoundProgress? Progress { get; init; }
    [Id(2)] public RoundReport? Report { get; init; }
    [Id(3)] public int MatchPageCount { get; init; }
    [Id(4)] public ImmutableSortedDictionary<string, int> WorkItemsPerSilo { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>The first mentee id of each page holding matches; pages are in mentee id order, so this locates a match.</summary>
    [Id(5)] public ImmutableArray<string> PageFirstMentees { get; init; } = [];

    /// <summary>Pages of matches whose mentee was erased, by the pseudonym that now addresses the match.</summary>
    [Id(6)] public ImmutableSortedDictionary<string, int> PseudonymPages { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>
    /// How many result pages may be in storage, recorded before they are written: a round that fails while publishing
    /// keeps no page count, but erasure and purge must still reach every page it stored.
    /// </summary>
    [Id(7)] public int StoredPageCount { get; init; }

    /// <summary>
    /// The events of the phase changes written with them, until a later write finds them in the programme's log (outbox).
    /// A pending <c>round.published</c> stands for the round's proposals too, which are read from its pages.
    /// </summary>
    [Id(8)] public ImmutableArray<PendingEvent> PendingEvents { get; init; } = [];
}
