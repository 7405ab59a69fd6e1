using System.Collections.Immutable;
using CsCheck;
using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Support;

/// <summary>CsCheck generators of valid participants over the test taxonomy.</summary>
public static class Generators
{
    public static readonly string[] Terms = ["Kotlin", "Leadership", "Negotiation", "Sql", "Design", "Career", "Promotion", "Chess", "Hiking", "Music"];

    private static readonly string[] Zones = ["Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Tokyo", "Australia/Adelaide"];

    private static readonly string[] LanguageTags = ["en", "de", "fr"];

    private static readonly Gen<ImmutableArray<SkillLevel>> Skills =
        Gen.Select(Gen.Int[0, (1 << Terms.Length) - 1], Gen.Int[SkillLevel.MinLevel, SkillLevel.MaxLevel].Array[Terms.Length], (mask, levels) =>
            Terms.Select((t, i) => (t, i)).Where(x => (mask & (1 << x.i)) != 0).Select(x => new SkillLevel(x.t, levels[x.i])).ToImmutableArray());

    private static readonly Gen<ImmutableArray<string>> TermSet =
        Gen.Int[0, (1 << Terms.Length) - 1].Select(mask => Terms.Where((_, i) => (mask & (1 << i)) != 0).ToImmutableArray());

    private static readonly Gen<ImmutableArray<string>> Languages =
        Gen.Int[1, 7].Select(mask => LanguageTags.Where((_, i) => (mask & (1 << i)) != 0).ToImmutableArray());

    private static readonly Gen<ImmutableArray<AvailabilityWindow>> Availability =
        Gen.Select(Gen.Int[0, 127], Gen.Int[0, 20], Gen.Int[1, 4], (days, start, hours) =>
            Enumerable.Range(0, 7).Where(d => (days & (1 << d)) != 0)
                .Select(d => new AvailabilityWindow((DayOfWeek)d, start * 60, (start + hours) * 60)).ToImmutableArray());

    private static readonly Gen<MatchingPreferences> Preferences =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 14], (outside, otherIndustry, tz) => new MatchingPreferences
        {
            PreferOutsideOrganisation = outside,
            PreferOtherIndustry = otherIndustry,
            MaxTimeZoneDistanceHours = tz > 12 ? null : tz,
        });

    public static Gen<Participant> Participant(ParticipantRole role, string id) =>
        from skills in Gen.Select(Skills, Skills)
        from terms in Gen.Select(TermSet, TermSet)
        from place in Gen.Select(Gen.OneOfConst(Zones), Languages, Availability)
        from person in Gen.Select(Gen.Int[0, 30], Gen.Int[1, 7], Gen.OneOfConst("", "Acme", "Globex", "Initech"), Gen.OneOfConst("", "Bank", "Retail"), Gen.OneOfConst("", "Berlin", "Paris"))
        from preferences in Preferences
        select new Participant
        {
            ProgrammeId = "prog",
            Id = id,
            Role = role,
            SkillsOffered = skills.Item1,
            SkillsWanted = skills.Item2,
            Goals = terms.Item1,
            Interests = terms.Item2,
            TimeZone = place.Item1,
            Languages = place.Item2,
            Availability = place.Item3,
            SeniorityYears = person.Item1,
            Formats = (MeetingFormats)person.Item2,
            Organisation = person.Item3,
            Industry = person.Item4,
            Location = person.Item5,
            Capacity = role == ParticipantRole.Mentee ? 0 : 2,
            Preferences = preferences,
        };

    public static Gen<(Participant Mentee, Participant Mentor)> Pair =>
        Gen.Select(Participant(ParticipantRole.Mentee, "mentee"), Participant(ParticipantRole.Mentor, "mentor"));

    public static Gen<(Participant[] Mentees, Participant[] Mentors)> Round(int mentees, int mentors) =>
        Gen.Select(
            Gen.Int[1, mentees].SelectMany(n => Sequence(ParticipantRole.Mentee, "e", n)),
            Gen.Int[1, mentors].SelectMany(n => Sequence(ParticipantRole.Mentor, "r", n)));

    private static Gen<Participant[]> Sequence(ParticipantRole role, string prefix, int count) =>
        Participant(role, prefix).Array[count].Select(array => array.Select((p, i) => p with { Id = $"{prefix}{i:D3}" }).ToArray());
}
