using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Turns a candidate graph into an assignment that respects every mentor's remaining capacity.</summary>
public interface IAssignmentSolver
{
    Assignment Solve(CandidateGraph graph, MatchingPolicy policy, CancellationToken ct);
}
