using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// One sentence per component, worded for the people being matched. Runs for every proposed match, so lists are
/// compared with plain loops (they hold a handful of items) and hours come from the encoded rows, not rebuilt bitmaps.
/// </summary>
internal static class ReasonText
{
    public static string? For(ScoreComponent component, PairScorer scorer, int mentee, int mentor)
    {
        var a = scorer.Mentees.Participants[mentee];
        var b = scorer.Mentors.Participants[mentor];
        return component switch
        {
            ScoreComponent.Skills => Skills(a, b),
            ScoreComponent.Goals => Shared(a.Goals, b.Goals),
            ScoreComponent.Interests => Common(a.Interests, b.Interests),
            ScoreComponent.Availability => $"{Overlap(scorer, mentee, mentor)} h/week overlap",
            ScoreComponent.Language => Language(a, b),
            ScoreComponent.Seniority => Seniority(b.SeniorityYears - a.SeniorityYears),
            ScoreComponent.TimeZone => TimeZone(ComponentMath.TimeZoneDistanceHours(scorer.Mentees.OffsetMinutes[mentee], scorer.Mentors.OffsetMinutes[mentor])),
            ScoreComponent.Format => Format(a, b),
            ScoreComponent.Organisation => Organisation(a, b),
            ScoreComponent.Industry => a.Preferences.PreferOtherIndustry && !string.Equals(a.Industry, b.Industry, StringComparison.OrdinalIgnoreCase)
                ? "different industry, as requested"
                : null,
            ScoreComponent.Rank => Rank(a, b),
            ScoreComponent.PriorEngagement => a.PriorEngagements.Contains(b.Id)
                ? "the mentee already follows or has worked with the mentor"
                : "the mentor already knows the mentee",
            _ => null,
        };
    }

    private static string? Skills(Participant mentee, Participant mentor)
    {
        StringBuilder? names = null;
        var met = 0;
        foreach (var wanted in mentee.SkillsWanted)
        {
            var offered = OfferedLevel(mentor.SkillsOffered, wanted.Term);
            if (offered < 0)
            {
                continue;
            }

            names = names is null ? new StringBuilder(64) : names.Append(", ");
            names.Append(wanted.Term);
            if (offered < wanted.Level)
            {
                names.Append(" (below the wanted level)");
            }

            met++;
        }

        return names is null ? null : $"offers {met} of {mentee.SkillsWanted.Length} wanted skills: {names}";
    }

    private static int OfferedLevel(ImmutableArray<SkillLevel> offered, string term)
    {
        foreach (var skill in offered)
        {
            if (string.Equals(skill.Term, term, StringComparison.Ordinal))
            {
                return skill.Level;
            }
        }

        return -1;
    }

    private static string? Shared(ImmutableArray<string> mine, ImmutableArray<string> theirs)
    {
        var (count, names) = Intersect(mine, theirs, StringComparison.Ordinal);
        return count == 0 ? null : $"shares {count} of {mine.Length} goals: {names}";
    }

    private static string? Common(ImmutableArray<string> mine, ImmutableArray<string> theirs)
    {
        var (count, names) = Intersect(mine, theirs, StringComparison.Ordinal);
        return count == 0 ? null : $"common ground: {names}";
    }

    /// <summary>The items of <paramref name="mine"/> (in its order, repeats kept) that <paramref name="theirs"/> holds, comma separated.</summary>
    private static (int Count, string? Names) Intersect(ImmutableArray<string> mine, ImmutableArray<string> theirs, StringComparison comparison)
    {
        StringBuilder? names = null;
        var count = 0;
        foreach (var item in mine)
        {
            if (!Holds(theirs, item, comparison))
            {
                continue;
            }

            names = names is null ? new StringBuilder(48) : names.Append(", ");
            names.Append(item);
            count++;
        }

        return (count, names?.ToString());
    }

    private static bool Holds(ImmutableArray<string> items, string value, StringComparison comparison)
    {
        foreach (var item in items)
        {
            if (string.Equals(item, value, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shared weekly hours from the encoded UTC bitmaps (the same bitmap the availability component scores).</summary>
    private static int Overlap(PairScorer scorer, int mentee, int mentor)
    {
        var at = scorer.Round.Layout.Availability;
        var a = scorer.Mentees.Row(mentee);
        var b = scorer.Mentors.Row(mentor);
        var hours = 0;
        for (var w = 0; w < FeatureLayout.AvailabilityWords; w++)
        {
            hours += BitOperations.PopCount(a[at + w] & b[at + w]);
        }

        return hours;
    }

    private static string? Language(Participant mentee, Participant mentor)
    {
        var (count, names) = Intersect(mentee.Languages, mentor.Languages, StringComparison.OrdinalIgnoreCase);
        return count == 0 ? null : $"both speak {names}";
    }

    private static string Seniority(int gap) => gap switch
    {
        > 0 => $"{gap} more years of experience",
        0 => "same seniority",
        _ => $"{-gap} fewer years of experience",
    };

    private static string TimeZone(int distance) => distance == 0 ? "same time zone" : $"{distance} h apart";

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
