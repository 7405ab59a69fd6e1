using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>
/// Value equality over whole profiles and programmes. Record equality compares ImmutableArray by reference,
/// which would make every repeated write from a partner look like a change.
/// </summary>
public static class ContentEquality
{
    public static bool Same(Participant a, Participant b) =>
        a.ProgrammeId == b.ProgrammeId && a.Id == b.Id && a.Role == b.Role && a.DisplayName == b.DisplayName
        && a.Email == b.Email && a.Organisation == b.Organisation && a.Department == b.Department && Same(a.ReportingLine, b.ReportingLine)
        && a.Industry == b.Industry && a.SeniorityYears == b.SeniorityYears && Same(a.Languages, b.Languages)
        && a.Location == b.Location && a.TimeZone == b.TimeZone && Same(a.Availability, b.Availability)
        && a.Formats == b.Formats && Same(a.SkillsOffered, b.SkillsOffered) && Same(a.SkillsWanted, b.SkillsWanted)
        && Same(a.Goals, b.Goals) && Same(a.Interests, b.Interests) && a.Capacity == b.Capacity
        && Same(a.Preferences, b.Preferences) && Same(a.RankedChoices, b.RankedChoices)
        && Same(a.Blocked, b.Blocked) && Same(a.PriorEngagements, b.PriorEngagements);

    public static bool Same(Programme a, Programme b) =>
        a.Id == b.Id && a.DisplayName == b.DisplayName && a.Description == b.Description
        && a.Policy == b.Policy && Same(a.Taxonomy, b.Taxonomy) && a.OrganisationMode == b.OrganisationMode
        && Same(a.CompetitorPairs, b.CompetitorPairs) && a.EndTime == b.EndTime
        && a.Language == b.Language;

    private static bool Same(MatchingPreferences a, MatchingPreferences b) =>
        a.PreferOutsideOrganisation == b.PreferOutsideOrganisation
        && a.RequireOutsideOrganisation == b.RequireOutsideOrganisation
        && a.PreferOtherIndustry == b.PreferOtherIndustry
        && a.MaxTimeZoneDistanceHours == b.MaxTimeZoneDistanceHours
        && Same(a.RequiredLanguages, b.RequiredLanguages);

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        (a.IsDefaultOrEmpty && b.IsDefaultOrEmpty) || (!a.IsDefault && !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan()));
}
