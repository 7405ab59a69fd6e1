namespace Mentoring.Domain;

/// <summary>
/// Why a round left a mentee unmatched, as a code a program can act on: every feasible mentor filled up, the round had no
/// mentors, or the hard rule that excluded most of the mentee's mentors. <see cref="Unspecified"/> for results stored
/// before causes were recorded. The names and numbers are those of <c>mentoring.v1.UnmatchedCause</c>.
/// </summary>
public enum UnmatchedCause
{
    Unspecified = 0,
    MentorsFull = 1,
    NoMentors = 2,
    SamePerson = 3,
    Blocked = 4,
    PreviousMatch = 5,
    ReportingLine = 6,
    CompetitorOrganisations = 7,
    SameOrganisation = 8,
    DifferentOrganisation = 9,
    NoSharedLanguage = 10,
    RequiredLanguageMissing = 11,
    TimeZoneDistance = 12,
    MinimumOverlap = 13,
    NoCapacity = 14,
    MinimumScore = 15,
}
