using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>The bipartite solver for a policy's <see cref="SolverMode"/>; peers use <see cref="PeerSolver"/> instead.</summary>
public static class AssignmentSolvers
{
    public static IAssignmentSolver For(SolverMode mode) => mode switch
    {
        SolverMode.Optimal => new OptimalSolver(),
        SolverMode.StableMenteeProposing => new StableSolver(ProposingSide.Mentees),
        SolverMode.StableMentorProposing => new StableSolver(ProposingSide.Mentors),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Peer mode matches a PeerGraph with PeerSolver."),
    };
}
