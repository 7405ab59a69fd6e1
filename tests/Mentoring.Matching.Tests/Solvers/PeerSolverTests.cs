using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

public sealed class PeerSolverTests
{
    [Theory]
    [InlineData(false, 4)]
    [InlineData(false, 1000)]
    [InlineData(true, 4)]
    [InlineData(true, 1000)]
    public void Equals_brute_force_optimum_on_tiny_graphs(bool maximiseCount, int scoreSteps)
    {
        var solver = new PeerSolver(maximiseCount);
        PeerGraphs.Random(10, scoreSteps).Sample(
            graph =>
            {
                var mate = solver.Solve(graph, CancellationToken.None);
                PeerGraphs.AssertValidMatching(graph, mate);
                var expected = BruteForceMatching.Best(graph, maximiseCount);
                var actual = BruteForceMatching.Measure(graph, mate);
                Assert.Equal(expected.WeightUnits, actual.WeightUnits);
                if (maximiseCount)
                {
                    Assert.Equal(expected.Count, actual.Count);
                }
            },
            iter: 1500,
            print: PeerGraphs.Describe);
    }

    [Fact]
    public void Equals_the_assignment_optimum_on_bipartite_graphs()
    {
        // A bipartite peer graph is an assignment problem, so the independent Hungarian reference applies at larger sizes.
        var policy = MatchingPolicy.Default with { MaximiseMatchCount = false, FairLoad = false };
        TestGraphs.Random(30, 30, 1).Sample(
            bipartite =>
            {
                var edges = TestGraphs.EdgesOf(bipartite)
                    .Where(e => bipartite.Capacities[e.Mentor] > 0)
                    .Select(e => new PeerEdge(e.Mentee, bipartite.MenteeCount + e.Mentor, e.Score))
                    .ToArray();
                var graph = new PeerGraph(bipartite.MenteeCount + bipartite.MentorCount, edges);
                var actual = BruteForceMatching.Measure(graph, new PeerSolver().Solve(graph, CancellationToken.None));
                Assert.Equal(HungarianAssignment.Best(bipartite, policy).Objective, actual.WeightUnits / (double)ScoreScale.UnitsPerPoint, 1e-5);
            },
            iter: 100,
            print: TestGraphs.Describe);
    }

    [Fact]
    public void Odd_cycle_needs_a_blossom_to_reach_the_optimum()
    {
        // Triangle 0-1-2 with a heavy pendant edge 2-3: the best is {0-1, 2-3}, found only by shrinking the triangle.
        var graph = new PeerGraph(4, [new(0, 1, 0.5f), new(1, 2, 0.6f), new(0, 2, 0.6f), new(2, 3, 0.55f)]);

        Assert.Equal([1, 0, 3, 2], new PeerSolver().Solve(graph, CancellationToken.None));
    }

    [Fact]
    public void Same_edges_in_any_order_or_orientation_give_the_same_mates()
    {
        (from graph in PeerGraphs.Random(14, 5) from seed in Gen.Int select (graph, seed)).Sample(
            (graph, seed) =>
            {
                var first = new PeerSolver().Solve(graph, CancellationToken.None);
                var random = new Random(seed);
                var shuffled = PeerGraphs.EdgesOf(graph).Select(e => random.Next(2) == 0 ? e : e with { U = e.V, V = e.U }).ToArray();
                random.Shuffle(shuffled);
                Assert.Equal(first, new PeerSolver().Solve(graph, CancellationToken.None));
                Assert.Equal(first, new PeerSolver().Solve(new PeerGraph(graph.VertexCount, shuffled), CancellationToken.None));
            },
            iter: 200);
    }

    [Fact]
    public void Graph_rejects_self_loops_duplicate_pairs_and_non_positive_scores()
    {
        Assert.Throws<ArgumentException>(() => new PeerGraph(2, [new(1, 1, 0.5f)]));
        Assert.Throws<ArgumentException>(() => new PeerGraph(2, [new(0, 1, 0.5f), new(1, 0, 0.4f)]));
        Assert.Throws<ArgumentException>(() => new PeerGraph(2, [new(0, 1, 0f)]));
        Assert.Throws<ArgumentException>(() => new PeerGraph(2, [new(0, 2, 0.5f)]));
    }

    [Fact]
    public void Cancelled_token_stops_the_solve()
    {
        var graph = new PeerGraph(2, [new(0, 1, 0.5f)]);

        Assert.Throws<OperationCanceledException>(() => new PeerSolver().Solve(graph, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Empty_and_edgeless_graphs_leave_everyone_unpaired()
    {
        Assert.Empty(new PeerSolver().Solve(new PeerGraph(0, []), CancellationToken.None));
        Assert.Equal([-1, -1, -1], new PeerSolver().Solve(new PeerGraph(3, []), CancellationToken.None));
    }
}
