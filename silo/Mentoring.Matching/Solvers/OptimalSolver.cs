using Google.OrTools.Graph;
using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>
/// Maximum total score under mentor capacities, solved exactly as a min cost flow with OR-Tools.
/// </summary>
/// <remarks>
/// Network: every mentee with candidates supplies one unit; it flows either along a candidate edge
/// (cost -(bonus + score units), see <see cref="OptimalCostModel"/>) and on through its mentor to the sink,
/// or straight to the sink at cost 0 (unmatched). A mentor reaches the sink through one arc of its capacity,
/// or under fair load through unit arcs costing k x penalty for its k-th mentee: the costs increase, so the
/// flow fills them in order and the convex model stays exact.
/// Determinism: the network is built in CSR order and OR-Tools' solver is sequential, so equal input gives
/// equal output; among optima of exactly equal integer cost the one returned is the solver's, not
/// necessarily the lowest-index one.
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
        var menteeCount = graph.MenteeCount;
        var sink = menteeCount + graph.MentorCount;
        using var flow = new MinCostFlow(sink + 1, graph.EdgeCount + menteeCount + model.EffectiveCapacities.Sum());

        AddEdgeArcs(flow, graph, model);
        var suppliers = AddUnmatchedArcs(flow, graph, sink);
        AddMentorArcs(flow, model, menteeCount, sink);
        flow.SetNodeSupply(sink, -suppliers);
        ct.ThrowIfCancellationRequested();

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException(
                $"Min cost flow ended with {status}; largest cost magnitude {model.LargestCostMagnitude()} over {sink + 1} nodes.");
        }

        ReadAssignment(flow, graph, result);
        return new Assignment(result);
    }

    // Edge arcs are added first, so arc id == edge index when reading the flow back.
    private static void AddEdgeArcs(MinCostFlow flow, CandidateGraph graph, OptimalCostModel model)
    {
        var offsets = graph.Offsets;
        var mentors = graph.Mentors;
        var scores = graph.Scores;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            for (var edge = offsets[mentee]; edge < offsets[mentee + 1]; edge++)
            {
                flow.AddArcWithCapacityAndUnitCost(mentee, graph.MenteeCount + mentors[edge], 1, model.EdgeCost(scores[edge]));
            }
        }
    }

    private static int AddUnmatchedArcs(MinCostFlow flow, CandidateGraph graph, int sink)
    {
        var offsets = graph.Offsets;
        var suppliers = 0;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            if (offsets[mentee + 1] == offsets[mentee])
            {
                continue;
            }

            flow.AddArcWithCapacityAndUnitCost(mentee, sink, 1, 0);
            flow.SetNodeSupply(mentee, 1);
            suppliers++;
        }

        return suppliers;
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
