using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>The unmatched cause a hard rule stands for.</summary>
public static class UnmatchedCauses
{
    public static UnmatchedCause Of(ExclusionRule rule) => rule switch
    {
        ExclusionRule.SamePerson => UnmatchedCause.SamePerson,
        ExclusionRule.Blocked => UnmatchedCause.Blocked,
        ExclusionRule.PreviousMatch => UnmatchedCause.PreviousMatch,
        ExclusionRule.ReportingLine => UnmatchedCause.ReportingLine,
        ExclusionRule.CompetitorOrganisations => UnmatchedCause.CompetitorOrganisations,
        ExclusionRule.SameOrganisation => UnmatchedCause.SameOrganisation,
        ExclusionRule.DifferentOrganisation => UnmatchedCause.DifferentOrganisation,
        ExclusionRule.NoSharedLanguage => UnmatchedCause.NoSharedLanguage,
        ExclusionRule.RequiredLanguageMissing => UnmatchedCause.RequiredLanguageMissing,
        ExclusionRule.TimeZoneTooFar => UnmatchedCause.TimeZoneDistance,
        ExclusionRule.InsufficientOverlap => UnmatchedCause.MinimumOverlap,
        ExclusionRule.NoCapacity => UnmatchedCause.NoCapacity,
        ExclusionRule.BelowMinimumScore => UnmatchedCause.MinimumScore,
        _ => UnmatchedCause.Unspecified,
    };
}
