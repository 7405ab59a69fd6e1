namespace Mentoring.Matching;

/// <summary>The hard rule that makes a (mentee, mentor) pair infeasible. Declared in the order rules are checked.</summary>
public enum ExclusionRule
{
    None = 0,
    SamePerson,
    Blocked,
    PreviousMatch,
    ReportingLine,
    CompetitorOrganisations,
    SameOrganisation,
    DifferentOrganisation,
    NoSharedLanguage,
    RequiredLanguageMissing,
    TimeZoneTooFar,
    InsufficientOverlap,
    NoCapacity,
    BelowMinimumScore,
}
