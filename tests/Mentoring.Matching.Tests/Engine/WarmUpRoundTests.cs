using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Matching.Tests.Engine;

/// <summary>The warm-up round a silo runs at start: generated the same way every time, and run through the real path.</summary>
public sealed class WarmUpRoundTests
{
    [Fact]
    public void The_generated_round_is_the_same_every_time_with_mentees_mentors_and_a_tenth_as_many_peers()
    {
        var first = WarmUpRound.Request(60, 15);
        var second = WarmUpRound.Request(60, 15);

        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(60, first.Participants.Count(p => p.Role == ParticipantRole.Mentee));
        Assert.Equal(15, first.Participants.Count(p => p.Role == ParticipantRole.Mentor));
        Assert.Equal(6, first.Participants.Count(p => p.Role == ParticipantRole.Peer));
    }

    [Fact]
    public void A_run_makes_exactly_the_matches_the_engine_makes_for_every_solver_and_recommends()
    {
        var request = WarmUpRound.Request(200, 50);
        var engine = new MatchingEngine();
        var expected = Enum.GetValues<SolverMode>().Sum(mode => engine.Run(request with { Solver = mode }).Matches.Count);

        var outcome = WarmUpRound.Run(request, menteeBatch: 64, mentorBatch: 16);

        Assert.True(expected > 0, "The generated round should match someone.");
        Assert.Equal(expected, outcome.Matched);
        Assert.True(outcome.Recommended > 0);
    }

    [Fact]
    public void The_slice_scorer_a_host_passes_scores_every_planned_slice()
    {
        var request = WarmUpRound.Request(100, 30);
        var scored = 0;

        var outcome = WarmUpRound.Run(request, 32, 8, (slice, ct) =>
        {
            Interlocked.Increment(ref scored);
            return SliceScorer.Score(slice, ct);
        });

        // Per solver: (mentee batches) x (mentor ranges); the peer solver plans over the peers alone.
        var expectedSlices = Enum.GetValues<SolverMode>()
            .Sum(mode => DistributedRound.Prepare(request with { Solver = mode }).Plan(32, 8).Count);
        Assert.Equal(expectedSlices, scored);
        Assert.True(outcome.Matched > 0);
    }

    private static List<string> Describe(MatchingRequest request) =>
        [.. request.Participants.Select(p =>
            $"{p.Id}|{p.Role}|{p.TimeZone}|{string.Join(',', p.Languages)}|{string.Join(',', p.SkillsOffered.Concat(p.SkillsWanted).Select(s => $"{s.Term}:{s.Level}"))}|{string.Join(',', p.Availability)}|{p.Capacity}")];
}
