namespace Mentoring.Matching;

/// <summary>Human-readable names of the hard rules, for explanations and unmatched reasons.</summary>
public static class ExclusionRuleText
{
    public static string Describe(ExclusionRule rule) => rule switch
    {
        ExclusionRule.None => "feasible",
        ExclusionRule.SamePerson => "same person",
        ExclusionRule.Blocked => "one of them blocked the other",
        ExclusionRule.PreviousMatch => "matched with each other before",
        ExclusionRule.ReportingLine => "same reporting line",
        ExclusionRule.CompetitorOrganisations => "competitor organisations",
        ExclusionRule.SameOrganisation => "same organisation not allowed",
        ExclusionRule.DifferentOrganisation => "different organisation not allowed",
        ExclusionRule.NoSharedLanguage => "no shared language",
        ExclusionRule.RequiredLanguageMissing => "a required language is not spoken",
        ExclusionRule.TimeZoneTooFar => "time zones too far apart",
        ExclusionRule.InsufficientOverlap => "too little shared availability",
        ExclusionRule.NoCapacity => "mentor has no capacity left",
        ExclusionRule.BelowMinimumScore => "score below the programme minimum",
        _ => rule.ToString(),
    };
}
