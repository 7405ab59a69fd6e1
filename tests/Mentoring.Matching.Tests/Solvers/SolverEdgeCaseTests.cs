using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

public sealed class SolverEdgeCaseTests
{
    public static TheoryData<SolverMode> BipartiteModes() =>
        [SolverMode.Optimal, SolverMode.StableMenteeProposing, SolverMode.StableMentorProposing];

    private static Assignment Solve(SolverMode mode, CandidateGraph graph) =>
        AssignmentSolvers.For(mode).Solve(graph, MatchingPolicy.Default with { Solver = mode }, CancellationToken.None);

    [Theory]
    [MemberData(nameof(BipartiteModes))]
    public void Empty_graph_gives_an_empty_assignment(SolverMode mode)
    {
        Assert.Empty(Solve(mode, TestGraphs.FromEdges(0, [], [])).MentorOfMentee);
    }

    [Theory]
    [MemberData(nameof(BipartiteModes))]
    public void Mentees_without_edges_stay_unmatched(SolverMode mode)
    {
        Assert.Equal([-1, -1], Solve(mode, TestGraphs.FromEdges(2, [3], [])).MentorOfMentee);
    }

    [Theory]
    [MemberData(nameof(BipartiteModes))]
    public void Zero_capacity_mentors_take_nobody(SolverMode mode)
    {
        var graph = TestGraphs.FromEdges(2, [0, 0], [new(0, 0, 0.9f), new(0, 1, 0.8f), new(1, 1, 0.7f)]);

        Assert.Equal([-1, -1], Solve(mode, graph).MentorOfMentee);
    }

    [Theory]
    [MemberData(nameof(BipartiteModes))]
    public void Single_mentee_gets_its_best_mentor_with_room(SolverMode mode)
    {
        var graph = TestGraphs.FromEdges(1, [0, 1, 1], [new(0, 0, 0.9f), new(0, 1, 0.4f), new(0, 2, 0.6f)]);

        Assert.Equal([2], Solve(mode, graph).MentorOfMentee);
    }

    [Theory]
    [MemberData(nameof(BipartiteModes))]
    public void Cancelled_token_stops_the_solve(SolverMode mode)
    {
        var graph = TestGraphs.FromEdges(1, [1], [new(0, 0, 0.9f)]);

        Assert.Throws<OperationCanceledException>(
            () => AssignmentSolvers.For(mode).Solve(graph, MatchingPolicy.Default, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Peer_mode_has_no_bipartite_solver()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentSolvers.For(SolverMode.Peer));
    }
}
