using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

public sealed class OptimalSolverTests
{
    private static readonly OptimalSolver Solver = new();

    private static MatchingPolicy Policy(bool maximiseCount, bool fairLoad) =>
        MatchingPolicy.Default with { MaximiseMatchCount = maximiseCount, FairLoad = fairLoad };

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Uses_only_graph_edges_and_never_exceeds_capacity(bool maximiseCount, bool fairLoad)
    {
        var policy = Policy(maximiseCount, fairLoad);
        TestGraphs.Random(12, 6, 4).Sample(
            graph => AssignmentChecks.AssertFeasible(graph, Solver.Solve(graph, policy, CancellationToken.None)),
            iter: 300,
            print: TestGraphs.Describe);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Equals_brute_force_optimum_on_tiny_instances(bool maximiseCount, bool fairLoad)
    {
        var policy = Policy(maximiseCount, fairLoad);
        TestGraphs.Random(6, 3, 3).Sample(
            graph =>
            {
                var assignment = Solver.Solve(graph, policy, CancellationToken.None);
                var expected = BruteForceAssignment.Best(graph, policy);
                Assert.Equal(expected.ObjectiveUnits, AssignmentChecks.ObjectiveUnits(graph, assignment, policy));
                if (maximiseCount)
                {
                    Assert.Equal(expected.Count, assignment.MatchedCount);
                }
            },
            iter: 500,
            print: TestGraphs.Describe);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Equals_hungarian_optimum_on_small_instances(bool maximiseCount, bool fairLoad)
    {
        var policy = Policy(maximiseCount, fairLoad);
        TestGraphs.Random(25, 8, 4).Sample(
            graph =>
            {
                var assignment = Solver.Solve(graph, policy, CancellationToken.None);
                var expected = HungarianAssignment.Best(graph, policy);
                var actual = AssignmentChecks.ObjectiveUnits(graph, assignment, policy) / (double)ScoreScale.UnitsPerPoint;
                Assert.Equal(expected.Objective, actual, 1e-5);
                if (maximiseCount)
                {
                    Assert.Equal(expected.Count, assignment.MatchedCount);
                }
            },
            iter: 150,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void With_maximise_match_count_the_count_equals_maximum_cardinality()
    {
        var policy = Policy(maximiseCount: true, fairLoad: true);
        TestGraphs.Random(30, 8, 3).Sample(
            graph => Assert.Equal(MaximumCardinality.Of(graph), Solver.Solve(graph, policy, CancellationToken.None).MatchedCount),
            iter: 200,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Match_count_comes_before_total_score()
    {
        // Mentee 0 alone on mentor 0 scores 1.0; matching both mentees forces 0.1 + 0.1.
        var graph = TestGraphs.FromEdges(2, [1, 1], [new(0, 0, 1.0f), new(0, 1, 0.1f), new(1, 0, 0.1f)]);

        var byScore = Solver.Solve(graph, Policy(maximiseCount: false, fairLoad: false), CancellationToken.None);
        var byCount = Solver.Solve(graph, Policy(maximiseCount: true, fairLoad: false), CancellationToken.None);

        Assert.Equal([0, -1], byScore.MentorOfMentee);
        Assert.Equal([1, 0], byCount.MentorOfMentee);
    }

    [Fact]
    public void Fair_load_spreads_mentees_that_would_otherwise_crowd_the_best_mentor()
    {
        // Everyone scores 0.90 with mentor 0 and 0.87 with mentor 1: without fair load all four pick mentor 0;
        // with a 0.05 marginal penalty a 2/2 split (3.24) beats 3/1 (3.22) and 4/0 (3.10).
        var edges = Enumerable.Range(0, 4).SelectMany(m => new TestEdge[] { new(m, 0, 0.90f), new(m, 1, 0.87f) });
        var graph = TestGraphs.FromEdges(4, [4, 4], edges);

        var plain = Solver.Solve(graph, Policy(maximiseCount: true, fairLoad: false), CancellationToken.None);
        var fair = Solver.Solve(graph, Policy(maximiseCount: true, fairLoad: true), CancellationToken.None);

        Assert.Equal(4, AssignmentChecks.Loads(graph, plain).Max());
        Assert.Equal([2, 2], AssignmentChecks.Loads(graph, fair));
    }

    [Fact]
    public void Fair_load_keeps_the_match_count_and_never_concentrates_load_more()
    {
        TestGraphs.Random(15, 5, 5).Sample(
            graph =>
            {
                var plain = Solver.Solve(graph, Policy(maximiseCount: true, fairLoad: false), CancellationToken.None);
                var fair = Solver.Solve(graph, Policy(maximiseCount: true, fairLoad: true), CancellationToken.None);
                AssignmentChecks.AssertFeasible(graph, fair);
                Assert.Equal(plain.MatchedCount, fair.MatchedCount);
                Assert.True(
                    AssignmentChecks.FairLoadPenaltyUnits(AssignmentChecks.Loads(graph, fair), Policy(true, true))
                    <= AssignmentChecks.FairLoadPenaltyUnits(AssignmentChecks.Loads(graph, plain), Policy(true, true)));
            },
            iter: 200,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Same_input_gives_the_same_assignment_even_when_built_from_shuffled_edges()
    {
        var policy = Policy(maximiseCount: true, fairLoad: true);
        (from graph in TestGraphs.Random(20, 6, 3) from seed in Gen.Int select (graph, seed)).Sample(
            (graph, seed) =>
            {
                var first = Solver.Solve(graph, policy, CancellationToken.None);
                var shuffled = TestGraphs.EdgesOf(graph).ToArray();
                new Random(seed).Shuffle(shuffled);
                var rebuilt = TestGraphs.FromEdges(graph.MenteeCount, graph.Capacities.ToArray(), shuffled);
                Assert.Equal(first.MentorOfMentee, Solver.Solve(graph, policy, CancellationToken.None).MentorOfMentee);
                Assert.Equal(first.MentorOfMentee, Solver.Solve(rebuilt, policy, CancellationToken.None).MentorOfMentee);
            },
            iter: 100);
    }
}
