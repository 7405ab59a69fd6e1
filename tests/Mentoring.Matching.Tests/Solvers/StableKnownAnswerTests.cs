using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

public sealed class StableKnownAnswerTests
{
    private static readonly MatchingPolicy Ranked = MatchingPolicy.Default with { StablePreferences = PreferenceSource.RankedChoices };

    /// <summary>
    /// Gale and Shapley (1962), "College admissions and the stability of marriage", the 3 x 3 example.
    /// Men alpha, beta, gamma (mentees 0..2); women A, B, C (mentors 0..2); entries are (man's rank, woman's rank):
    /// <code>
    ///           A      B      C
    /// alpha   (1,3)  (2,2)  (3,1)
    /// beta    (3,1)  (1,3)  (2,2)
    /// gamma   (2,2)  (3,1)  (1,3)
    /// </code>
    /// Every man gets his first choice when men propose, every woman hers when women propose.
    /// </summary>
    private static CandidateGraph GaleShapley1962()
    {
        int[,] manRank = { { 1, 2, 3 }, { 3, 1, 2 }, { 2, 3, 1 } };
        int[,] womanRank = { { 3, 2, 1 }, { 1, 3, 2 }, { 2, 1, 3 } };
        var edges = new List<TestEdge>();
        for (var man = 0; man < 3; man++)
        {
            for (var woman = 0; woman < 3; woman++)
            {
                edges.Add(new TestEdge(man, woman, 0.5f, manRank[man, woman] - 1, womanRank[man, woman] - 1));
            }
        }

        return TestGraphs.FromEdges(3, [1, 1, 1], edges, withRanks: true);
    }

    [Fact]
    public void Gale_Shapley_1962_example_gives_each_proposing_side_its_first_choices()
    {
        var graph = GaleShapley1962();

        var menProposing = new StableSolver(ProposingSide.Mentees).Solve(graph, Ranked, CancellationToken.None);
        var womenProposing = new StableSolver(ProposingSide.Mentors).Solve(graph, Ranked, CancellationToken.None);

        Assert.Equal([0, 1, 2], menProposing.MentorOfMentee);   // alpha-A, beta-B, gamma-C
        Assert.Equal([2, 0, 1], womenProposing.MentorOfMentee); // alpha-C, beta-A, gamma-B
        Assert.Empty(BlockingPairs.Find(graph, menProposing, useRanks: true));
        Assert.Empty(BlockingPairs.Find(graph, womenProposing, useRanks: true));
    }

    /// <summary>
    /// Hospitals/residents with capacity 2 and preferences from one common pair score (all distinct). Then the
    /// highest-scoring remaining pair must be matched in every stable matching (otherwise it blocks), so by
    /// induction the greedy-by-score matching is the only stable one and both proposing sides must find it.
    /// Greedy: 0.95 (0,A) take, 0.90 (1,A) take (A full), 0.85 (1,B) mentee taken, 0.80 / 0.75 A full,
    /// 0.70 (2,B) take, 0.65 (3,B) take (B full), the rest blocked: mentee 4 stays unmatched.
    /// </summary>
    [Fact]
    public void Capacity_two_instance_with_a_unique_stable_matching_is_solved_identically_by_both_sides()
    {
        TestEdge[] edges =
        [
            new(0, 0, 0.95f), new(0, 1, 0.60f),
            new(1, 0, 0.90f), new(1, 1, 0.85f),
            new(2, 0, 0.80f), new(2, 1, 0.70f),
            new(3, 0, 0.75f), new(3, 1, 0.65f),
            new(4, 0, 0.50f), new(4, 1, 0.55f),
        ];
        var graph = TestGraphs.FromEdges(5, [2, 2], edges);
        var policy = MatchingPolicy.Default with { StablePreferences = PreferenceSource.Scores };

        var menteeProposing = new StableSolver(ProposingSide.Mentees).Solve(graph, policy, CancellationToken.None);
        var mentorProposing = new StableSolver(ProposingSide.Mentors).Solve(graph, policy, CancellationToken.None);

        int[] expected = [0, 0, 1, 1, -1];
        Assert.Equal(expected, menteeProposing.MentorOfMentee);
        Assert.Equal(expected, mentorProposing.MentorOfMentee);
    }
}
