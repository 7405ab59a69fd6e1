using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class MentorSideMergeTests
{
    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.StableMentorProposing)]
    [InlineData(SolverMode.Peer)]
    public void The_merged_graph_holds_every_mentors_and_every_mentees_top_k_and_nothing_else(SolverMode mode)
    {
        Scenarios.For(mode).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);

            var merged = round.Merge(Coordinator.ScoreAll(round, scenario), CancellationToken.None).Graph;

            UnionDefinition.AssertGraph(merged, round.Scorer, scenario.Request.Programme.Policy.TopK);
        }, iter: 60);
    }

    [Fact]
    public void Each_block_carries_each_mentors_top_k_within_its_mentee_batch()
    {
        Scenarios.For(SolverMode.Optimal).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);
            var k = scenario.Request.Programme.Policy.TopK;
            var rows = UnionDefinition.Rows(round.Scorer);
            var minimum = Math.Max(round.Scorer.Policy.MinimumScore, float.Epsilon);

            foreach (var block in Coordinator.ScoreAll(round, scenario))
            {
                var b = block.Bounds;
                var batch = rows.Skip(b.MenteeStart).Take(b.MenteeCount).Select(r => r.Skip(b.MentorStart).Take(b.MentorCount).ToArray()).ToArray();
                var expected = UnionDefinition.MentorSide(batch, b.MentorCount, minimum, k)
                    .Select(p => (p.Mentee + b.MenteeStart, p.Mentor + b.MentorStart))
                    .Order();
                var actual = new List<(int, int)>();
                for (var local = 0; local < b.MentorCount; local++)
                {
                    for (var e = block.MentorSideOffsets[local]; e < block.MentorSideOffsets[local + 1]; e++)
                    {
                        actual.Add((block.MentorSideMentees[e], local + b.MentorStart));
                        Assert.Equal(
                            BitConverter.SingleToInt32Bits(rows[block.MentorSideMentees[e]][local + b.MentorStart]),
                            BitConverter.SingleToInt32Bits(block.MentorSideScores[e]));
                    }
                }

                Assert.Equal(expected, actual.Order());
            }
        }, iter: 40);
    }
}
