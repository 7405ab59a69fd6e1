using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Matching;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// The snapshot phase: the programme, every profile in one streaming read of the participants table (no participant
/// grain is activated),
/// and what earlier published rounds settled. Declined and ended pairs are never proposed again in any scope.
/// An "all" round skips mentees in an active match and counts active matches against capacity; an "unmatched only"
/// round also skips mentees with any open proposal, counts open proposals too, and never repeats any earlier pair.
/// A peer round leaves out every peer already paired, on either side of the match.
/// A policy given for the round (a dry run's) replaces the programme's in the request, so every later phase scores
/// and solves with it.
/// </summary>
internal static class RoundInput
{
    public static async Task<MatchingRequest> SnapshotAsync(
        IGrainFactory grains, IParticipantStore store, string programmeId, RoundScope scope, SolverMode? solver, MatchingPolicy? policy,
        CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(grains, programmeId, policy, cancellationToken);
        var participants = new List<Participant>();
        await foreach (var row in store.ScanAsync(programmeId, cancellationToken))
        {
            participants.Add(row.Participant!);
        }

        return await ComposeAsync(grains, programmeId, programme, participants, scope, solver, cancellationToken);
    }

    /// <summary>The programme as stored, with <paramref name="policy"/> in place of its own when one is given.</summary>
    public static async Task<Programme> ProgrammeAsync(IGrainFactory grains, string programmeId, MatchingPolicy? policy, CancellationToken cancellationToken)
    {
        var stored = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken)
            ?? throw new InvalidOperationException($"programmes/{programmeId} no longer exists.");
        return policy is null ? stored.Programme : stored.Programme with { Policy = policy };
    }

    /// <summary>The request over <paramref name="participants"/> (in ascending id order) and what earlier published rounds settled.</summary>
    public static async Task<MatchingRequest> ComposeAsync(
        IGrainFactory grains, string programmeId, Programme programme, IReadOnlyList<Participant> participants, RoundScope scope,
        SolverMode? solver, CancellationToken cancellationToken)
    {
        var earlier = await PublishedPairsAsync(grains, programmeId, cancellationToken);
        var unmatchedOnly = scope == RoundScope.UnmatchedOnly;

        // A mentee holding a match (any open one, or only an active one for "all") is placed; its mentor's slot is taken.
        // In a peer round both people of such a match are placed: a peer pairs once.
        var open = earlier.Where(m => unmatchedOnly ? m.State.IsOpen() : m.State == MatchState.Active).ToList();
        var peer = (solver ?? programme.Policy.Solver) == SolverMode.Peer;
        var placed = open.SelectMany(m => peer ? [m.MenteeId, m.MentorId] : new[] { m.MenteeId }).ToHashSet(StringComparer.Ordinal);
        var load = open.GroupBy(m => m.MentorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var remaining = peer
            ? null
            : participants.Where(p => p.IsMentor)
                .ToDictionary(p => p.Id, p => Math.Max(0, p.Capacity - load.GetValueOrDefault(p.Id)), StringComparer.Ordinal);

        return new MatchingRequest(programme, [.. participants.Where(p => (!peer && p.IsMentor) || !placed.Contains(p.Id))])
        {
            Solver = solver,
            RemainingCapacity = remaining,
            PreviousPairs = earlier
                .Where(m => unmatchedOnly || !m.State.IsOpen() || m.State == MatchState.Active)
                .Select(m => new PreviousPair(m.MenteeId, m.MentorId))
                .ToHashSet(),
        };
    }

    private static async Task<List<MatchPair>> PublishedPairsAsync(IGrainFactory grains, string programmeId, CancellationToken cancellationToken)
    {
        var pairs = new List<MatchPair>();
        var rounds = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken);
        foreach (var roundId in rounds)
        {
            var round = await grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId)).GetAsync(cancellationToken);
            var pages = await Task.WhenAll(Enumerable.Range(0, round?.MatchPageCount ?? 0).Select(page =>
                grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, page)).GetPairsAsync(cancellationToken)));
            pairs.AddRange(pages.SelectMany(page => page));
        }

        // Manual overrides hold their matches on one page each.
        var overrides = await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId)).RoundIdsAsync(cancellationToken);
        foreach (var roundId in overrides)
        {
            pairs.AddRange(await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0)).GetPairsAsync(cancellationToken));
        }

        return pairs;
    }
}
