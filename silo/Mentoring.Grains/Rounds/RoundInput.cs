using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Matching;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// The snapshot phase: the programme, every profile from the membership shards (no participant grain is activated),
/// and, for an "unmatched only" round, who earlier published rounds already placed.
/// </summary>
internal static class RoundInput
{
    public static async Task<MatchingRequest> SnapshotAsync(IGrainFactory grains, RoundSpec spec, CancellationToken cancellationToken)
    {
        var programme = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(spec.ProgrammeId)).GetAsync(cancellationToken)
            ?? throw new InvalidOperationException($"programmes/{spec.ProgrammeId} no longer exists.");

        var shards = await Task.WhenAll(Enumerable.Range(0, GrainKeys.MembershipShards).Select(shard =>
            grains.GetGrain<IMembershipShardGrain>(GrainKeys.MembershipShard(spec.ProgrammeId, shard)).GetProfilesAsync(cancellationToken)));
        IReadOnlyList<Participant> participants = [.. shards.SelectMany(profiles => profiles)];

        var solver = spec.Solver is { } mode ? (SolverMode?)mode : null;
        if (spec.Scope != RoundScope.UnmatchedOnly)
        {
            return new MatchingRequest(programme.Programme, participants) { Solver = solver };
        }

        var earlier = await PublishedMatchesAsync(grains, spec.ProgrammeId, cancellationToken);
        var placed = earlier.Select(m => m.MenteeId).ToHashSet(StringComparer.Ordinal);
        var load = earlier.GroupBy(m => m.MentorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var remaining = participants.Where(p => p.IsMentor)
            .ToDictionary(p => p.Id, p => Math.Max(0, p.Capacity - load.GetValueOrDefault(p.Id)), StringComparer.Ordinal);

        return new MatchingRequest(programme.Programme, [.. participants.Where(p => p.IsMentor || !placed.Contains(p.Id))])
        {
            Solver = solver,
            RemainingCapacity = remaining,
            PreviousPairs = [.. earlier.Select(m => new PreviousPair(m.MenteeId, m.MentorId))],
        };
    }

    private static async Task<List<RoundMatch>> PublishedMatchesAsync(IGrainFactory grains, string programmeId, CancellationToken cancellationToken)
    {
        var matches = new List<RoundMatch>();
        var rounds = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken);
        foreach (var roundId in rounds)
        {
            var coordinator = grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
            for (var page = 0; await coordinator.GetPageAsync(page, cancellationToken) is { } stored; page++)
            {
                matches.AddRange(stored.Matches);
            }
        }

        return matches;
    }
}
