namespace Mentoring.Matching.Solvers;

/// <summary>Which side proposes in deferred acceptance; the proposing side gets its optimal stable matching.</summary>
public enum ProposingSide
{
    Mentees = 1,
    Mentors = 2,
}
