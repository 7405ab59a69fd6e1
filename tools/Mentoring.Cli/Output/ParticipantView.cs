using System.Globalization;
using Google.Protobuf.Collections;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Output;

/// <summary>A participant as people read it: one row per field that is set, lists written as in the import CSV (`kotlin:5;sql:3`).</summary>
public static class ParticipantView
{
    public static Table Of(Participant p)
    {
        var prefs = p.Preferences ?? new MatchingPreferences();
        (string Field, string Value)[] rows =
        [
            ("Name", p.Name),
            ("Role", Role(p.Role)),
            ("Display name", p.DisplayName),
            ("Organisation", p.Organisation),
            ("Department", p.Department),
            ("Reporting line", List(p.ReportingLine)),
            ("Industry", p.Industry),
            ("Seniority (years)", Number(p.SeniorityYears)),
            ("Languages", List(p.Languages)),
            ("Location", p.Location),
            ("Time zone", p.TimeZone),
            ("Availability", string.Join(';', p.Availability.Select(a => $"{a.Day.ToString().ToUpperInvariant()} {a.StartTime}-{a.EndTime}"))),
            ("Formats", string.Join(';', p.Formats.Select(Format))),
            ("Skills offered", Skills(p.SkillsOffered)),
            ("Skills wanted", Skills(p.SkillsWanted)),
            ("Goals", List(p.Goals)),
            ("Interests", List(p.Interests)),
            ("Capacity", Number(p.Capacity)),
            ("Prefers outside organisation", prefs.PreferOutsideOrganisation ? "yes" : ""),
            ("Requires outside organisation", prefs.RequireOutsideOrganisation ? "yes" : ""),
            ("Prefers another industry", prefs.PreferOtherIndustry ? "yes" : ""),
            ("Max time zone distance (hours)", prefs.HasMaxTimeZoneDistanceHours ? prefs.MaxTimeZoneDistanceHours.ToString(CultureInfo.InvariantCulture) : ""),
            ("Required languages", List(prefs.RequiredLanguages)),
            ("Ranked choices", List(p.RankedChoices)),
            ("Blocked", List(p.Blocked)),
            ("Prior engagements", List(p.PriorEngagements)),
            ("Created", HumanTime.Of(p.CreateTime)),
            ("Updated", HumanTime.Of(p.UpdateTime)),
            ("Etag", p.Etag),
        ];
        var table = new Table().HideHeaders().AddColumns("Field", "Value");
        foreach (var (field, value) in rows.Where(r => r.Value.Length > 0))
        {
            table.AddRow(field, Markup.Escape(value));
        }

        return table;
    }

    /// <summary>The role as the import CSV spells it: mentor, mentee or peer.</summary>
    public static string Role(ParticipantRole role) => role switch
    {
        ParticipantRole.Mentor => "mentor",
        ParticipantRole.Mentee => "mentee",
        ParticipantRole.Peer => "peer",
        _ => "unspecified",
    };

    private static string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.Online => "online",
        MeetingFormat.InPerson => "in_person",
        MeetingFormat.Hybrid => "hybrid",
        _ => "unspecified",
    };

    private static string List(RepeatedField<string> items) => string.Join(';', items);

    private static string Skills(RepeatedField<Skill> skills) => string.Join(';', skills.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Term}:{s.Level}")));

    private static string Number(int value) => value == 0 ? "" : value.ToString(CultureInfo.InvariantCulture);
}
