using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class MergedGraphTests
{
    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.StableMenteeProposing)]
    [InlineData(SolverMode.Peer)]
    public void The_top_k_of_the_union_of_slice_top_ks_is_the_whole_round_top_k(SolverMode mode)
    {
        Scenarios.For(mode).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);
            var whole = CandidateGraphBuilder.Build(round.Scorer, scenario.Request.Programme.Policy.TopK, round.WithRanks);

            var merged = round.Merge(Coordinator.ScoreAll(round, scenario), CancellationToken.None).Graph;

            Assert.Equal(whole.MenteeCount, merged.MenteeCount);
            Assert.Equal(whole.Capacities.ToArray(), merged.Capacities.ToArray());
            Assert.Equal(whole.Offsets.ToArray(), merged.Offsets.ToArray());
            Assert.Equal(whole.Mentors.ToArray(), merged.Mentors.ToArray());
            Assert.Equal(Bits(whole.Scores), Bits(merged.Scores));
            Assert.Equal(whole.MenteeRanks.ToArray(), merged.MenteeRanks.ToArray());
            Assert.Equal(whole.MentorRanks.ToArray(), merged.MentorRanks.ToArray());
        }, iter: 80);
    }

    [Fact]
    public void Equal_scores_across_slices_keep_the_lowest_mentor_and_mentee_indices()
    {
        // Identical people score identically, so which K survive on either side depends only on the tie-break by index:
        // mentees 0-2 are every mentor's top 3 and so reach all nine mentors; mentee 3 keeps only its own top 3.
        var mentees = Enumerable.Range(0, 4).Select(i => Support.ParticipantBuilder.Mentee($"e{i}").Wants(("Kotlin", 2)).Build());
        var mentors = Enumerable.Range(0, 9).Select(i => Support.ParticipantBuilder.Mentor($"r{i}").Offers(("Kotlin", 3)).Build());
        var programme = new Support.ProgrammeBuilder().Policy(p => p with { TopK = 3 }).Build();
        var round = DistributedRound.Prepare(new MatchingRequest(programme, [.. mentees, .. mentors]));
        var blocks = round.Plan(1, 2).Select(b => SliceScorer.Score(round.Slice(b))).Reverse().ToArray();

        var merged = round.Merge(blocks, CancellationToken.None).Graph;

        Assert.Equal([0, 1, 2], merged.MentorsOf(3).ToArray());
        for (var mentee = 0; mentee < 3; mentee++)
        {
            Assert.Equal(Enumerable.Range(0, 9), merged.MentorsOf(mentee).ToArray());
        }
    }

    [Fact]
    public void Rule_counts_summed_over_slices_equal_the_whole_row_counts_for_mentees_without_candidates()
    {
        Scenarios.For(SolverMode.Optimal).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);
            var merged = round.Merge(Coordinator.ScoreAll(round, scenario), CancellationToken.None);
            var rules = CandidateBlock.RuleCount;

            for (var mentee = 0; mentee < round.MenteeCount; mentee++)
            {
                if (merged.Graph.MentorsOf(mentee).IsEmpty && round.MentorCount > 0)
                {
                    var expected = new int[rules];
                    ExclusionCounter.Count(round.Scorer, mentee, expected);
                    Assert.Equal(expected, merged.RuleCounts.AsSpan(mentee * rules, rules).ToArray());
                }
            }
        }, iter: 60);
    }

    private static int[] Bits(ReadOnlySpan<float> values) => [.. values.ToArray().Select(BitConverter.SingleToInt32Bits)];
}
