using System.Globalization;
using Google.Protobuf.Collections;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Import;

/// <summary>
/// The participant CSV format: one row per participant, lists separated by ';'. The column table here is the single
/// source for the template, the parser and the README's column reference.
/// </summary>
public static class ParticipantCsv
{
    public const string IdHeader = "id";

    public static readonly IReadOnlyList<ParticipantColumn> Columns =
    [
        new("role", "role", "mentor, mentee or peer (required)", "mentee", (p, v) => Enum<ParticipantRole>(v, "PARTICIPANT_ROLE_", role => p.Role = role)),
        new("display_name", "display_name", "name shown to people", "Bo Jensen", (p, v) => Set(() => p.DisplayName = v)),
        new("organisation", "organisation", "employer or organisation", "acme", (p, v) => Set(() => p.Organisation = v)),
        new("department", "department", "department", "engineering", (p, v) => Set(() => p.Department = v)),
        new("reporting_line", "reporting_line", "ids of managers, nearest first", "mgr-1;mgr-2", (p, v) => AddAll(p.ReportingLine, v)),
        new("industry", "industry", "industry", "software", (p, v) => Set(() => p.Industry = v)),
        new("seniority_years", "seniority_years", "years of experience (whole number)", "4", (p, v) => Int(v, n => p.SeniorityYears = n)),
        new("languages", "languages", "language codes", "en;de", (p, v) => AddAll(p.Languages, v)),
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
        new("required_languages", "preferences.required_languages", "languages the partner must speak", "en", (p, v) => AddAll(Prefs(p).RequiredLanguages, v)),
        new("ranked_choices", "ranked_choices", "ids of preferred partners, best first", "ada;grace", (p, v) => AddAll(p.RankedChoices, v)),
        new("blocked", "blocked", "ids never to be matched with", "eve", (p, v) => AddAll(p.Blocked, v)),
        new("prior_engagements", "prior_engagements", "ids already followed or met", "ada", (p, v) => AddAll(p.PriorEngagements, v)),
    ];

    /// <summary>The header line of an empty import file: id, then every column.</summary>
    public static string TemplateHeader() => string.Join(',', Columns.Select(c => c.Header).Prepend(IdHeader));

    /// <summary>An example row matching the template.</summary>
    public static string TemplateExample() => string.Join(',', Columns.Select(c => Export.CsvWriter.Escape(c.Example)).Prepend("bo"));

    /// <summary>Maps the header row to columns; an unknown or missing id header is a usage error.</summary>
    public static ParticipantColumn?[] MapHeader(IReadOnlyList<string> header)
    {
        var byName = Columns.ToDictionary(c => c.Header, StringComparer.OrdinalIgnoreCase);
        var unknown = header.Where(h => !h.Trim().Equals(IdHeader, StringComparison.OrdinalIgnoreCase) && !byName.ContainsKey(h.Trim())).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"Unknown CSV column(s): {string.Join(", ", unknown)}. Run `mentoring participants template` for the columns.");
        }

        if (!header.Any(h => h.Trim().Equals(IdHeader, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliUsageException("The CSV header has no \"id\" column.");
        }

        return header.Select(h => byName.GetValueOrDefault(h.Trim())).ToArray();
    }

    /// <summary>Reads one data record; cell problems are reported per field, the row is then not sent.</summary>
    public static ImportRow ToRow(CsvRecord record, ParticipantColumn?[] columns, string parent)
    {
        var participant = new Participant();
        var id = "";
        var errors = new List<RowViolation>();
        if (record.Fields.Count != columns.Length)
        {
            errors.Add(new("row", $"has {record.Fields.Count} fields, the header has {columns.Length}"));
        }

        for (var i = 0; i < Math.Min(columns.Length, record.Fields.Count); i++)
        {
            var value = record.Fields[i].Trim();
            if (columns[i] is not { } column)
            {
                id = value;
                continue;
            }

            if (value.Length > 0 && column.Apply(participant, value) is { } problem)
            {
                errors.Add(new("participant." + column.Field, problem));
            }
        }

        return new ImportRow(record.Line, id, errors.Count == 0
            ? new ImportParticipantsRequest { Parent = parent, ParticipantId = id, Participant = participant }
            : null, errors);
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    private static string[] Items(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? AddAll(RepeatedField<string> field, string value)
    {
        field.AddRange(Items(value));
        return null;
    }

    private static string? Int(string value, Action<int> set)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return $"\"{value}\" is not a whole number";
        }

        set(number);
        return null;
    }

    private static string? Bool(string value, Action<bool> set)
    {
        if (!bool.TryParse(value, out var flag))
        {
            return $"\"{value}\" is not true or false";
        }

        set(flag);
        return null;
    }

    /// <summary>An enum by its proto name with or without the prefix, any case, '-' or '_' between words.</summary>
    private static string? Enum<T>(string value, string prefix, Action<T> set)
        where T : struct, System.Enum
    {
        var name = value.Trim().Replace('-', '_');
        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[prefix.Length..];
        }

        name = name.Replace("_", "", StringComparison.Ordinal);
        if (!System.Enum.TryParse(name, ignoreCase: true, out T parsed) || Convert.ToInt32(parsed, CultureInfo.InvariantCulture) == 0 || !System.Enum.IsDefined(parsed))
        {
            return $"\"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<T>().Skip(1).Select(n => n.ToLowerInvariant()))}";
        }

        set(parsed);
        return null;
    }

    private static string? Formats(Participant participant, string value)
    {
        foreach (var item in Items(value))
        {
            if (Enum<MeetingFormat>(item, "MEETING_FORMAT_", participant.Formats.Add) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Skills(RepeatedField<Skill> skills, string value)
    {
        foreach (var item in Items(value))
        {
            var colon = item.LastIndexOf(':');
            var term = colon < 0 ? item : item[..colon];
            var level = 0;
            if (colon >= 0 && !int.TryParse(item[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out level))
            {
                return $"\"{item}\" is not term:level";
            }

            skills.Add(new Skill { Term = term.Trim(), Level = level });
        }

        return null;
    }

    private static string? Availability(Participant participant, string value)
    {
        foreach (var item in Items(value))
        {
            var parts = item.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !System.Enum.TryParse<Google.Type.DayOfWeek>(parts[0], ignoreCase: true, out var day) || day == Google.Type.DayOfWeek.Unspecified)
            {
                return $"\"{item}\" is not DAY HH:MM-HH:MM (e.g. MONDAY 09:00-11:00)";
            }

            participant.Availability.Add(new AvailabilityWindow { Day = day, StartTime = parts[1], EndTime = parts[2] });
        }

        return null;
    }

    private static MatchingPreferences Prefs(Participant participant) => participant.Preferences ??= new MatchingPreferences();
}
