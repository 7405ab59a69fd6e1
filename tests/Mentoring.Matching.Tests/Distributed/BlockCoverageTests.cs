using Mentoring.Matching.Distributed;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class BlockCoverageTests
{
    private static DistributedRound Round()
    {
        var people = Enumerable.Range(0, 5).Select(i => ParticipantBuilder.Mentee($"e{i}").Wants(("Kotlin", 2)).Build())
            .Concat(Enumerable.Range(0, 4).Select(i => ParticipantBuilder.Mentor($"r{i}").Offers(("Kotlin", 3)).Capacity(2).Build()));
        return DistributedRound.Prepare(new MatchingRequest(new ProgrammeBuilder().Build(), [.. people]));
    }

    private static CandidateBlock[] ScoreAll(DistributedRound round, int menteeBatch, int mentorBatch) =>
        [.. round.Plan(menteeBatch, mentorBatch).Select(b => SliceScorer.Score(round.Slice(b)))];

    [Fact]
    public void The_plan_covers_every_pair_once_in_mentee_major_order()
    {
        var round = Round();

        var plan = round.Plan(2, 3);

        Assert.Equal(
            [new(0, 2, 0, 3), new(0, 2, 3, 1), new(2, 2, 0, 3), new(2, 2, 3, 1), new(4, 1, 0, 3), new(4, 1, 3, 1)],
            plan);
        Assert.Equal(round.MenteeCount * round.MentorCount, plan.Sum(b => b.Pairs));
    }

    [Fact]
    public void Each_block_reports_the_pairs_of_its_slice()
    {
        var round = Round();

        var blocks = ScoreAll(round, 2, 3);

        Assert.All(blocks, b => Assert.Equal((long)b.Bounds.MenteeCount * b.Bounds.MentorCount, b.PairsScored));
    }

    [Fact]
    public void A_missing_block_makes_complete_throw()
    {
        var round = Round();
        var blocks = ScoreAll(round, 2, 3);

        for (var skipped = 0; skipped < blocks.Length; skipped++)
        {
            var partial = blocks.Where((_, i) => i != skipped).ToArray();
            Assert.Throws<InvalidOperationException>(() => round.Complete(partial, CancellationToken.None));
        }
    }

    [Fact]
    public void A_duplicated_block_makes_complete_throw()
    {
        var round = Round();
        var blocks = ScoreAll(round, 2, 3);

        Assert.Throws<InvalidOperationException>(() => round.Complete([.. blocks, blocks[1]], CancellationToken.None));
    }

    [Fact]
    public void Blocks_from_a_different_plan_shape_still_complete_when_they_tile_the_round()
    {
        var round = Round();
        var expected = new MatchingEngine().Run(round.Request);

        var actual = round.Complete([.. ScoreAll(round, 5, 1)], CancellationToken.None);

        ResultAssert.Same(expected, actual);
    }

    [Fact]
    public void A_block_whose_arrays_do_not_match_its_bounds_is_rejected()
    {
        var round = Round();
        var blocks = ScoreAll(round, 5, 4);
        var broken = blocks[0] with { RuleCounts = [] };

        Assert.Throws<ArgumentException>(() => round.Complete([broken], CancellationToken.None));
    }

    [Fact]
    public void A_round_without_mentors_still_passes_every_mentee_through_a_block()
    {
        var request = new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentee("e0").Build(), ParticipantBuilder.Mentee("e1").Build()]);
        var round = DistributedRound.Prepare(request);

        var plan = round.Plan(1, 10);
        var result = round.Complete([.. plan.Select(b => SliceScorer.Score(round.Slice(b)))], CancellationToken.None);

        Assert.Equal([new(0, 1, 0, 0), new(1, 1, 0, 0)], plan);
        ResultAssert.Same(new MatchingEngine().Run(request), result);
    }

    [Fact]
    public void A_round_without_mentees_completes_from_no_blocks()
    {
        var request = new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentor("r0").Build()]);
        var round = DistributedRound.Prepare(request);

        Assert.Empty(round.Plan(4, 4));
        ResultAssert.Same(new MatchingEngine().Run(request), round.Complete([], CancellationToken.None));
    }
}
