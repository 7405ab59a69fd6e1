using Mentoring.Domain;

namespace Mentoring.Matching.Solvers;

/// <summary>
/// Stable assignment under mentor capacities (hospitals/residents deferred acceptance). Only graph edges are
/// acceptable pairs. Preferences come from scores (descending, ties by index), or with
/// <see cref="PreferenceSource.RankedChoices"/> from the graph's explicit ranks first, then score, then index.
/// </summary>
public sealed class StableSolver(ProposingSide proposers) : IAssignmentSolver
{
    public ProposingSide Proposers { get; } = proposers;

    public Assignment Solve(CandidateGraph graph, MatchingPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(policy);
        ct.ThrowIfCancellationRequested();

        var tables = PreferenceTables.Build(graph, policy.StablePreferences == PreferenceSource.RankedChoices);
        var mentorOfMentee = Proposers == ProposingSide.Mentees
            ? MenteeProposingDeferredAcceptance.Run(graph, tables, ct)
            : MentorProposingDeferredAcceptance.Run(graph, tables, ct);
        return new Assignment(mentorOfMentee);
    }
}
