using CsCheck;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class CandidateGraphTests
{
    [Fact]
    public void Top_k_keeps_the_best_mentors_in_index_order_and_breaks_ties_by_index()
    {
        var selector = new TopKSelector(3);
        float[] row = [0.5f, RowKernel.Excluded, 0.9f, 0.5f, 0.7f, 0.5f, 0.9f];
        var mentors = new int[3];
        var scores = new float[3];

        selector.Select(row, float.Epsilon);
        selector.CopySorted(mentors, scores);

        Assert.Equal([2, 4, 6], mentors);
        Assert.Equal([0.9f, 0.7f, 0.9f], scores);
    }

    [Fact]
    public void Equal_scores_keep_the_lowest_indices()
    {
        var selector = new TopKSelector(2);
        float[] row = [0.5f, 0.5f, 0.5f, 0.5f];
        var mentors = new int[2];

        selector.Select(row, float.Epsilon);
        selector.CopySorted(mentors, new float[2]);

        Assert.Equal([0, 1], mentors);
    }

    [Fact]
    public void The_graph_is_csr_by_mentee_with_ascending_mentors_and_scores_in_range()
    {
        Generators.Round(20, 30).Sample(people =>
        {
            var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), people.Mentees, people.Mentors);

            var graph = CandidateGraphBuilder.Build(scorer, topK: 5);

            Assert.Equal(scorer.Mentees.Count, graph.MenteeCount);
            UnionDefinition.AssertGraph(graph, scorer, k: 5);
            for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
            {
                var mentors = graph.MentorsOf(mentee).ToArray();
                Assert.Equal(mentors.Order(), mentors);
                Assert.All(graph.ScoresOf(mentee).ToArray(), s => Assert.InRange(s, float.Epsilon, 1f));
            }
        }, iter: 50);
    }

    [Fact]
    public void Assignment_totals_the_chosen_edges()
    {
        var graph = new CandidateGraph(2, [1, 1], [0, 2, 3], [0, 1, 1], [0.25f, 0.5f, 0.75f]);
        var assignment = new Assignment([0, 1]);

        Assert.Equal(2, assignment.MatchedCount);
        Assert.Equal(1.0, assignment.TotalScore(graph), 6);
    }
}
