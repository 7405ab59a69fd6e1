using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

public sealed class StableSolverTests
{
    private static MatchingPolicy Policy(PreferenceSource source) => MatchingPolicy.Default with { StablePreferences = source };

    [Theory]
    [InlineData(ProposingSide.Mentees, PreferenceSource.Scores)]
    [InlineData(ProposingSide.Mentors, PreferenceSource.Scores)]
    [InlineData(ProposingSide.Mentees, PreferenceSource.RankedChoices)]
    [InlineData(ProposingSide.Mentors, PreferenceSource.RankedChoices)]
    public void Result_is_feasible_and_has_no_blocking_pair(ProposingSide side, PreferenceSource source)
    {
        var solver = new StableSolver(side);
        var useRanks = source == PreferenceSource.RankedChoices;
        TestGraphs.Random(15, 6, 3, withRanks: useRanks).Sample(
            graph =>
            {
                var assignment = solver.Solve(graph, Policy(source), CancellationToken.None);
                AssignmentChecks.AssertFeasible(graph, assignment);
                Assert.Empty(BlockingPairs.Find(graph, assignment, useRanks));
            },
            iter: 400,
            print: TestGraphs.Describe);
    }

    [Theory]
    [InlineData(ProposingSide.Mentees)]
    [InlineData(ProposingSide.Mentors)]
    public void Large_capacities_on_medium_instances_still_leave_no_blocking_pair(ProposingSide side)
    {
        var solver = new StableSolver(side);
        TestGraphs.Random(120, 8, 25, withRanks: true).Sample(
            graph =>
            {
                var assignment = solver.Solve(graph, Policy(PreferenceSource.RankedChoices), CancellationToken.None);
                AssignmentChecks.AssertFeasible(graph, assignment);
                Assert.Empty(BlockingPairs.Find(graph, assignment, useRanks: true));
            },
            iter: 60,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Ranks_are_ignored_when_preferences_come_from_scores()
    {
        TestGraphs.Random(12, 5, 3, withRanks: true).Sample(
            graph =>
            {
                var assignment = new StableSolver(ProposingSide.Mentees).Solve(graph, Policy(PreferenceSource.Scores), CancellationToken.None);
                Assert.Empty(BlockingPairs.Find(graph, assignment, useRanks: false));
            },
            iter: 200,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Every_mentee_weakly_prefers_the_mentee_proposing_result_to_the_mentor_proposing_one()
    {
        TestGraphs.Random(15, 6, 3).Sample(
            graph =>
            {
                var policy = Policy(PreferenceSource.Scores);
                var menteeOptimal = new StableSolver(ProposingSide.Mentees).Solve(graph, policy, CancellationToken.None);
                var mentorOptimal = new StableSolver(ProposingSide.Mentors).Solve(graph, policy, CancellationToken.None);

                // Rural hospitals theorem: the same mentees are matched in every stable matching.
                Assert.Equal(menteeOptimal.MatchedCount, mentorOptimal.MatchedCount);
                for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
                {
                    Assert.True(
                        PreferenceKey(graph, mentee, menteeOptimal.MentorOfMentee[mentee]).CompareTo(PreferenceKey(graph, mentee, mentorOptimal.MentorOfMentee[mentee])) <= 0,
                        $"mentee {mentee}");
                }
            },
            iter: 300,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Explicit_ranks_override_scores()
    {
        // Mentee 0 ranks mentor 1 first although mentor 0 scores higher; mentor 1 ranks mentee 0 first.
        var graph = TestGraphs.FromEdges(
            1,
            [1, 1],
            [new(0, 0, 0.9f), new(0, 1, 0.2f, MenteeRank: 0, MentorRank: 0)],
            withRanks: true);

        var byRanks = new StableSolver(ProposingSide.Mentees).Solve(graph, Policy(PreferenceSource.RankedChoices), CancellationToken.None);
        var byScores = new StableSolver(ProposingSide.Mentees).Solve(graph, Policy(PreferenceSource.Scores), CancellationToken.None);

        Assert.Equal([1], byRanks.MentorOfMentee);
        Assert.Equal([0], byScores.MentorOfMentee);
    }

    [Theory]
    [InlineData(ProposingSide.Mentees)]
    [InlineData(ProposingSide.Mentors)]
    public void Same_input_gives_the_same_assignment_even_when_built_from_shuffled_edges(ProposingSide side)
    {
        var solver = new StableSolver(side);
        var policy = Policy(PreferenceSource.RankedChoices);
        (from graph in TestGraphs.Random(20, 6, 3, withRanks: true) from seed in Gen.Int select (graph, seed)).Sample(
            (graph, seed) =>
            {
                var first = solver.Solve(graph, policy, CancellationToken.None);
                var shuffled = TestGraphs.EdgesOf(graph).ToArray();
                new Random(seed).Shuffle(shuffled);
                var rebuilt = TestGraphs.FromEdges(graph.MenteeCount, graph.Capacities.ToArray(), shuffled, withRanks: true);
                Assert.Equal(first.MentorOfMentee, solver.Solve(graph, policy, CancellationToken.None).MentorOfMentee);
                Assert.Equal(first.MentorOfMentee, solver.Solve(rebuilt, policy, CancellationToken.None).MentorOfMentee);
            },
            iter: 100);
    }

    // Lower is better; unmatched sorts last.
    private static (int, float, int) PreferenceKey(CandidateGraph graph, int mentee, int mentor)
    {
        if (mentor == Assignment.Unmatched)
        {
            return (1, 0, int.MaxValue);
        }

        return (0, -graph.ScoresOf(mentee)[graph.MentorsOf(mentee).BinarySearch(mentor)], mentor);
    }
}
