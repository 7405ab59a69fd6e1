using Google.OrTools.Graph;
using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>
/// Maximum total score under mentor capacities, solved exactly as a min cost flow with OR-Tools.
/// </summary>
/// <remarks>
/// Network: source -> mentee (capacity 1) -> mentor along each candidate edge (cost minus the score in micro-points,
/// see <see cref="ScoreScale"/>) -> sink. A mentor reaches the sink through one arc of its capacity, or under fair
/// load through unit arcs costing k x penalty for its k-th mentee: the costs increase, so the flow fills them in
/// order and the convex model stays exact.
/// Count first (<see cref="MatchingPolicy.MaximiseMatchCount"/>): OR-Tools' SolveMaxFlowWithMinCost finds a maximum
/// flow (the most matches possible) and, among maximum flows, the cheapest (highest score minus penalties). This is
/// the exact lexicographic optimum without a big per-match bonus constant, so costs stay small and cannot overflow.
/// Score only: a free source -> sink arc lets any mentee stay unmatched and a plain min cost flow decides.
/// Determinism: the network is built in CSR order and OR-Tools' solver is sequential, so equal input gives equal
/// output; among optima of exactly equal integer cost the one returned is the solver's, not necessarily the
/// lowest-index one.
/// </remarks>
public sealed class OptimalSolver : IAssignmentSolver
{
    public Assignment Solve(CandidateGraph graph, MatchingPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(policy);
        ct.ThrowIfCancellationRequested();

        var result = new int[graph.MenteeCount];
        Array.Fill(result, Assignment.Unmatched);
        if (graph.EdgeCount == 0)
        {
            return new Assignment(result);
        }

        var model = OptimalCostModel.Create(graph, policy);
        var (menteeCount, mentorCount) = (graph.MenteeCount, graph.MentorCount);
        var (source, sink) = (menteeCount + mentorCount, menteeCount + mentorCount + 1);
        using var flow = new MinCostFlow(sink + 1, graph.EdgeCount + menteeCount + model.EffectiveCapacities.Sum() + 1);

        AddEdgeArcs(flow, graph);
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, mentee, 1, 0);
        }

        AddMentorArcs(flow, model, menteeCount, sink);
        flow.SetNodeSupply(source, menteeCount);
        flow.SetNodeSupply(sink, -menteeCount);
        if (!policy.MaximiseMatchCount)
        {
            flow.AddArcWithCapacityAndUnitCost(source, sink, menteeCount, 0);
        }

        ct.ThrowIfCancellationRequested();
        var status = policy.MaximiseMatchCount ? flow.SolveMaxFlowWithMinCost() : flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"Min cost flow ended with {status} on {sink + 1} nodes and {flow.NumArcs()} arcs.");
        }

        ReadAssignment(flow, graph, result);
        return new Assignment(result);
    }

    // Edge arcs are added first, so arc id == edge index when reading the flow back.
    private static void AddEdgeArcs(MinCostFlow flow, CandidateGraph graph)
    {
        var offsets = graph.Offsets;
        var mentors = graph.Mentors;
        var scores = graph.Scores;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            for (var edge = offsets[mentee]; edge < offsets[mentee + 1]; edge++)
            {
                flow.AddArcWithCapacityAndUnitCost(mentee, graph.MenteeCount + mentors[edge], 1, OptimalCostModel.EdgeCost(scores[edge]));
            }
        }
    }

    private static void AddMentorArcs(MinCostFlow flow, OptimalCostModel model, int menteeCount, int sink)
    {
        var capacities = model.EffectiveCapacities;
        for (var mentor = 0; mentor < capacities.Length; mentor++)
        {
            if (capacities[mentor] == 0)
            {
                continue;
            }

            if (model.PenaltyUnits == 0)
            {
                flow.AddArcWithCapacityAndUnitCost(menteeCount + mentor, sink, capacities[mentor], 0);
                continue;
            }

            for (var k = 1; k <= capacities[mentor]; k++)
            {
                flow.AddArcWithCapacityAndUnitCost(menteeCount + mentor, sink, 1, k * model.PenaltyUnits);
            }
        }
    }

    private static void ReadAssignment(MinCostFlow flow, CandidateGraph graph, int[] result)
    {
        var offsets = graph.Offsets;
        var mentors = graph.Mentors;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            for (var edge = offsets[mentee]; edge < offsets[mentee + 1]; edge++)
            {
                if (flow.Flow(edge) > 0)
                {
                    result[mentee] = mentors[edge];
                    break;
                }
            }
        }
    }
}
