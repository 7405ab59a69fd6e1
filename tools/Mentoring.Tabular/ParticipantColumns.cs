using Mentoring.Contracts.V1;
using static Mentoring.Tabular.ParticipantCells;

namespace Mentoring.Tabular;

/// <summary>
/// The participant file format (CSV or XLSX): one row per participant, lists separated by ';'. The column table here is
/// the single source for the template, the reader and the README's column reference.
/// </summary>
public static class ParticipantColumns
{
    public const string IdHeader = "id";

    public static readonly IReadOnlyList<ParticipantColumn> Columns =
    [
        new("role", "role", "mentor, mentee or peer (required)", "mentee", (p, v) => Enum<ParticipantRole>(v, "PARTICIPANT_ROLE_", role => p.Role = role), Required: true),
        new("display_name", "display_name", "name shown to people", "Bo Jensen", (p, v) => Set(() => p.DisplayName = v)),
        new("email", "email", "e-mail address for notifications (personal data)", "bo@example.org", (p, v) => Set(() => p.Email = v)),
        new("organisation", "organisation", "employer or organisation", "acme", (p, v) => Set(() => p.Organisation = v)),
        new("department", "department", "department", "engineering", (p, v) => Set(() => p.Department = v)),
        new("reporting_line", "reporting_line", "ids of managers, nearest first", "mgr-1;mgr-2", (p, v) => AddAll(p.ReportingLine, v)),
        new("industry", "industry", "industry", "software", (p, v) => Set(() => p.Industry = v)),
        new("seniority_years", "seniority_years", "years of experience (whole number)", "4", (p, v) => Int(v, n => p.SeniorityYears = n)),
        new("languages", "languages", "BCP 47 language codes", "en;de", (p, v) => AddAll(p.Languages, v)),
        new("location", "location", "city or site (for in-person meetings)", "Berlin", (p, v) => Set(() => p.Location = v)),
        new("time_zone", "time_zone", "IANA time zone (empty means Etc/UTC)", "Europe/Berlin", (p, v) => Set(() => p.TimeZone = v)),
        new("availability", "availability", "weekly windows, DAY HH:MM-HH:MM, local time", "MONDAY 09:00-11:00;THURSDAY 18:30-20:00", (p, v) => Availability(p, v)),
        new("formats", "formats", "online, in_person, hybrid (empty means online)", "online;hybrid", (p, v) => Formats(p, v)),
        new("skills_offered", "skills_offered", "term:level (level 1-5)", "kotlin:5;negotiation:4", (p, v) => Skills(p.SkillsOffered, v)),
        new("skills_wanted", "skills_wanted", "term:level (level 1-5)", "kotlin:3", (p, v) => Skills(p.SkillsWanted, v)),
        new("goals", "goals", "goal terms from the programme taxonomy", "career-change", (p, v) => AddAll(p.Goals, v)),
        new("interests", "interests", "interest terms", "design;sql", (p, v) => AddAll(p.Interests, v)),
        new("capacity", "capacity", "mentees a mentor can take at once (whole number)", "2", (p, v) => Int(v, n => p.Capacity = n)),
        new("prefer_outside_organisation", "preferences.prefer_outside_organisation", "true or false", "false", (p, v) => Bool(v, b => Prefs(p).PreferOutsideOrganisation = b)),
        new("require_outside_organisation", "preferences.require_outside_organisation", "true or false", "false", (p, v) => Bool(v, b => Prefs(p).RequireOutsideOrganisation = b)),
        new("prefer_other_industry", "preferences.prefer_other_industry", "true or false", "false", (p, v) => Bool(v, b => Prefs(p).PreferOtherIndustry = b)),
        new("max_time_zone_distance_hours", "preferences.max_time_zone_distance_hours", "whole hours", "3", (p, v) => Int(v, n => Prefs(p).MaxTimeZoneDistanceHours = n)),
        new("required_languages", "preferences.required_languages", "BCP 47 codes of languages the partner must speak", "en", (p, v) => AddAll(Prefs(p).RequiredLanguages, v)),
        new("ranked_choices", "ranked_choices", "ids of preferred partners, best first", "ada;grace", (p, v) => AddAll(p.RankedChoices, v)),
        new("blocked", "blocked", "ids never to be matched with", "eve", (p, v) => AddAll(p.Blocked, v)),
        new("prior_engagements", "prior_engagements", "ids already followed or met", "ada", (p, v) => AddAll(p.PriorEngagements, v)),
    ];

    /// <summary>The header of an import file: id, then every column.</summary>
    public static IReadOnlyList<string> Header { get; } = [IdHeader, .. Columns.Select(c => c.Header)];

    /// <summary>An example row matching the header.</summary>
    public static IReadOnlyList<string> Example { get; } = ["bo", .. Columns.Select(c => c.Example)];

    /// <summary>
    /// The file column a row error's field belongs to, for people who look at the file: "participant.languages[1]" →
    /// "languages", "participant.preferences.required_languages" → "required_languages", "participant_id" → "id";
    /// a field of no column ("row") is returned as it is.
    /// </summary>
    public static string ColumnOf(string field)
    {
        if (field == "participant_id")
        {
            return IdHeader;
        }

        const string Prefix = "participant.";
        if (!field.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return field;
        }

        var path = field[Prefix.Length..];
        var end = path.IndexOf('[', StringComparison.Ordinal);
        path = end < 0 ? path : path[..end];
        var column = Columns
            .Where(c => path == c.Field || path.StartsWith(c.Field + ".", StringComparison.Ordinal))
            .MaxBy(c => c.Field.Length);
        return column?.Header ?? field;
    }
}
