using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>Checks a participant against its programme's taxonomy and the limits before anything is stored.</summary>
public static class ParticipantValidator
{
    private const string P = "participant";

    public static IReadOnlyList<FieldViolation> Validate(Participant participant, Programme programme) =>
        Validate(participant, programme, TaxonomyOf(programme));

    /// <summary>The programme's taxonomy as a set; a caller checking many participants of one programme builds it once.</summary>
    public static FrozenSet<string> TaxonomyOf(Programme programme) => programme.Taxonomy.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>As <see cref="Validate(Participant, Programme)"/>, with the programme's taxonomy set (<see cref="TaxonomyOf"/>).</summary>
    public static IReadOnlyList<FieldViolation> Validate(Participant participant, Programme programme, IReadOnlySet<string> taxonomy)
    {
        var v = new ViolationCollector();

        v.Id($"{P}.id", participant.Id);
        if (Pseudonyms.IsPseudonym(participant.Id))
        {
            v.Add($"{P}.id", $"must not start with '{Pseudonyms.Prefix}', which names erased participants");
        }

        if (!Enum.IsDefined(participant.Role))
        {
            v.Add($"{P}.role", "must be MENTOR, MENTEE or PEER");
        }

        v.Text($"{P}.display_name", participant.DisplayName, Limits.MaxNameLength);
        if (participant.Email.Length > 0 && !EmailAddresses.IsWellFormed(participant.Email))
        {
            v.Add($"{P}.email", $"must be an e-mail address such as \"ada@example.org\" of at most {Limits.MaxEmailLength} characters");
        }

        v.Text($"{P}.organisation", participant.Organisation, Limits.MaxShortTextLength);
        v.Text($"{P}.department", participant.Department, Limits.MaxShortTextLength);
        v.Text($"{P}.industry", participant.Industry, Limits.MaxShortTextLength);
        v.Text($"{P}.location", participant.Location, Limits.MaxShortTextLength);
        v.Range($"{P}.seniority_years", participant.SeniorityYears, 0, Limits.MaxSeniorityYears);
        v.Range($"{P}.capacity", participant.Capacity, 0, Limits.MaxCapacity);

        if (v.Count($"{P}.reporting_line", participant.ReportingLine, Limits.MaxReportingLine))
        {
            Ids(v, $"{P}.reporting_line", participant.ReportingLine, participant.Id);
        }

        Languages(v, $"{P}.languages", participant.Languages);
        if (!TimeZones.TryGetStandardOffset(participant.TimeZone, out _))
        {
            v.Add($"{P}.time_zone", $"'{Truncate(participant.TimeZone)}' is not an IANA time zone");
        }

        Availability(v, participant.Availability);
        if (participant.Formats == MeetingFormats.None || (participant.Formats & ~(MeetingFormats.Online | MeetingFormats.InPerson | MeetingFormats.Hybrid)) != 0)
        {
            v.Add($"{P}.formats", "must name at least one known meeting format");
        }

        Skills(v, $"{P}.skills_offered", participant.SkillsOffered, taxonomy);
        Skills(v, $"{P}.skills_wanted", participant.SkillsWanted, taxonomy);
        Terms(v, $"{P}.goals", participant.Goals, taxonomy);
        Terms(v, $"{P}.interests", participant.Interests, taxonomy);

        var preferences = participant.Preferences;
        if (preferences.MaxTimeZoneDistanceHours is { } maxDistance)
        {
            v.Range($"{P}.preferences.max_time_zone_distance_hours", maxDistance, 0, 12);
        }

        Languages(v, $"{P}.preferences.required_languages", preferences.RequiredLanguages);

        foreach (var (field, ids) in new[]
                 {
                     ($"{P}.ranked_choices", participant.RankedChoices),
                     ($"{P}.blocked", participant.Blocked),
                     ($"{P}.prior_engagements", participant.PriorEngagements),
                 })
        {
            if (v.Count(field, ids, Limits.MaxListItems))
            {
                Ids(v, field, ids, participant.Id);
                v.Distinct(field, ids);
            }
        }

        return v.Violations;
    }

    private static void Ids(ViolationCollector v, string field, ImmutableArray<string> ids, string self)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            v.Id($"{field}[{i}]", ids[i]);
            if (ids[i] == self)
            {
                v.Add($"{field}[{i}]", "must not name the participant themself");
            }
        }
    }

    private static void Languages(ViolationCollector v, string field, ImmutableArray<string> languages)
    {
        if (!v.Count(field, languages, Limits.MaxListItems))
        {
            return;
        }

        for (var i = 0; i < languages.Length; i++)
        {
            if (!LanguageTags.IsWellFormed(languages[i]))
            {
                v.Add($"{field}[{i}]", $"must be a BCP 47 language tag: {LanguageTags.Hint} or \"pt-br\"");
            }
        }

        v.Distinct(field, languages);
    }

    private static void Availability(ViolationCollector v, ImmutableArray<AvailabilityWindow> windows)
    {
        const string field = $"{P}.availability";
        if (!v.Count(field, windows, Limits.MaxAvailabilityWindows))
        {
            return;
        }

        for (var i = 0; i < windows.Length; i++)
        {
            var w = windows[i];
            if (!Enum.IsDefined(w.Day))
            {
                v.Add($"{field}[{i}].day", "must be a day of the week");
            }

            if (w.StartMinute < 0 || w.EndMinute > AvailabilityWindow.MinutesPerDay || w.StartMinute >= w.EndMinute)
            {
                v.Add($"{field}[{i}]", "must start before it ends, within 00:00 to 24:00 local time");
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var other = windows[j];
                if (other.Day == w.Day && w.StartMinute < other.EndMinute && other.StartMinute < w.EndMinute)
                {
                    v.Add($"{field}[{i}]", $"overlaps availability[{j}]");
                    break;
                }
            }
        }
    }

    private static void Skills(ViolationCollector v, string field, ImmutableArray<SkillLevel> skills, IReadOnlySet<string> taxonomy)
    {
        if (!v.Count(field, skills, Limits.MaxListItems))
        {
            return;
        }

        for (var i = 0; i < skills.Length; i++)
        {
            if (!taxonomy.Contains(skills[i].Term))
            {
                v.Add($"{field}[{i}].term", $"'{Truncate(skills[i].Term)}' is not in the programme's taxonomy");
            }

            if (skills[i].Level is < SkillLevel.MinLevel or > SkillLevel.MaxLevel)
            {
                v.Add($"{field}[{i}].level", $"must be between {SkillLevel.MinLevel} and {SkillLevel.MaxLevel}");
            }
        }

        v.Distinct(field, skills.Select(s => s.Term));
    }

    private static void Terms(ViolationCollector v, string field, ImmutableArray<string> terms, IReadOnlySet<string> taxonomy)
    {
        if (!v.Count(field, terms, Limits.MaxListItems))
        {
            return;
        }

        for (var i = 0; i < terms.Length; i++)
        {
            if (!taxonomy.Contains(terms[i]))
            {
                v.Add($"{field}[{i}]", $"'{Truncate(terms[i])}' is not in the programme's taxonomy");
            }
        }

        v.Distinct(field, terms);
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
