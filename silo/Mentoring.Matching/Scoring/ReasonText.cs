using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>One sentence per component, worded for the people being matched.</summary>
internal static class ReasonText
{
    public static string? For(ScoreComponent component, Participant mentee, Participant mentor) => component switch
    {
        ScoreComponent.Skills => Skills(mentee, mentor),
        ScoreComponent.Goals => Shared("shares", "goals", mentee.Goals, mentor.Goals),
        ScoreComponent.Interests => Common(mentee.Interests, mentor.Interests),
        ScoreComponent.Availability => $"{Overlap(mentee, mentor)} h/week overlap",
        ScoreComponent.Language => Language(mentee, mentor),
        ScoreComponent.Seniority => Seniority(mentor.SeniorityYears - mentee.SeniorityYears),
        ScoreComponent.TimeZone => TimeZone(mentee, mentor),
        ScoreComponent.Format => Format(mentee, mentor),
        ScoreComponent.Organisation => Organisation(mentee, mentor),
        ScoreComponent.Industry => mentee.Preferences.PreferOtherIndustry && !string.Equals(mentee.Industry, mentor.Industry, StringComparison.OrdinalIgnoreCase)
            ? "different industry, as requested"
            : null,
        ScoreComponent.Rank => Rank(mentee, mentor),
        ScoreComponent.PriorEngagement => mentee.PriorEngagements.Contains(mentor.Id)
            ? "the mentee already follows or has worked with the mentor"
            : "the mentor already knows the mentee",
        _ => null,
    };

    private static string? Skills(Participant mentee, Participant mentor)
    {
        var offered = mentor.SkillsOffered.ToDictionary(s => s.Term, s => s.Level, StringComparer.Ordinal);
        var met = mentee.SkillsWanted.Where(s => offered.ContainsKey(s.Term)).ToList();
        if (met.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", met.Select(s => offered[s.Term] >= s.Level ? s.Term : $"{s.Term} (below the wanted level)"));
        return $"offers {met.Count} of {mentee.SkillsWanted.Length} wanted skills: {names}";
    }

    private static string? Shared(string verb, string noun, IEnumerable<string> mine, IEnumerable<string> theirs)
    {
        var other = theirs.ToHashSet(StringComparer.Ordinal);
        var list = mine.ToList();
        var shared = list.Where(other.Contains).ToList();
        return shared.Count == 0 ? null : $"{verb} {shared.Count} of {list.Count} {noun}: {string.Join(", ", shared)}";
    }

    private static string? Common(IEnumerable<string> mine, IEnumerable<string> theirs)
    {
        var other = theirs.ToHashSet(StringComparer.Ordinal);
        var shared = mine.Where(other.Contains).ToList();
        return shared.Count == 0 ? null : $"common ground: {string.Join(", ", shared)}";
    }

    private static int Overlap(Participant mentee, Participant mentor) => Utc(mentee).OverlapHours(Utc(mentor));

    private static WeeklyAvailability Utc(Participant p) => WeeklyAvailability.FromLocalWindows(p.Availability, OffsetCache.Of(p.TimeZone));

    private static string? Language(Participant mentee, Participant mentor)
    {
        var shared = mentee.Languages.Where(l => mentor.Languages.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        return shared.Count == 0 ? null : $"both speak {string.Join(", ", shared)}";
    }

    private static string Seniority(int gap) => gap switch
    {
        > 0 => $"{gap} more years of experience",
        0 => "same seniority",
        _ => $"{-gap} fewer years of experience",
    };

    private static string TimeZone(Participant mentee, Participant mentor)
    {
        var distance = TimeZones.DistanceHours(Offset(mentee), Offset(mentor));
        return distance == 0 ? "same time zone" : $"{distance} h apart";
    }

    private static TimeSpan Offset(Participant p) => OffsetCache.Of(p.TimeZone);

    private static string? Format(Participant mentee, Participant mentor)
    {
        var shared = mentee.Formats & mentor.Formats;
        if ((shared & (MeetingFormats.InPerson | MeetingFormats.Hybrid)) != 0 && mentee.Location.Length > 0
            && string.Equals(mentee.Location, mentor.Location, StringComparison.OrdinalIgnoreCase))
        {
            return $"can meet in person in {mentee.Location}";
        }

        return (shared & MeetingFormats.Online) != 0 ? "both meet online" : null;
    }

    private static string? Organisation(Participant mentee, Participant mentor)
    {
        var same = mentee.Organisation.Length > 0 && string.Equals(mentee.Organisation, mentor.Organisation, StringComparison.OrdinalIgnoreCase);
        var prefersOutside = mentee.Preferences.PreferOutsideOrganisation || mentor.Preferences.PreferOutsideOrganisation;
        return prefersOutside && !same ? "different organisation, as preferred" : null;
    }

    private static string? Rank(Participant mentee, Participant mentor)
    {
        var byMentee = mentee.RankedChoices.IndexOf(mentor.Id);
        var byMentor = mentor.RankedChoices.IndexOf(mentee.Id);
        return (byMentee, byMentor) switch
        {
            ( >= 0, >= 0) => $"mutual choice (mentee's #{byMentee + 1}, mentor's #{byMentor + 1})",
            ( >= 0, _) => $"mentee's choice #{byMentee + 1}",
            (_, >= 0) => $"mentor's choice #{byMentor + 1}",
            _ => null,
        };
    }
}
