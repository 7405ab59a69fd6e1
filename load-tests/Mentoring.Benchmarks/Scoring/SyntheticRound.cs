using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>
/// Reproducible synthetic programmes: a 60-skill, 20-goal, 60-interest taxonomy, a handful of languages and
/// European/American time zones, weekday evening availability, 200 organisations, capacities 1-6.
/// </summary>
public static class SyntheticRound
{
    private static readonly string[] Zones = ["Europe/London", "Europe/Berlin", "Europe/Helsinki", "America/New_York", "America/Chicago", "America/Sao_Paulo", "Etc/UTC", "Asia/Kolkata"];
    private static readonly string[] Languages = ["en", "de", "fr", "es", "pt"];

    public static Programme Programme(int seed) => new()
    {
        Id = $"synthetic-{seed}",
        Taxonomy = [.. Skills, .. Goals, .. Interests],
        CompetitorPairs = [.. Enumerable.Range(0, 10).Select(i => new OrganisationPair($"org{i}", $"org{i + 10}"))],
        Policy = MatchingPolicy.Default with { TopK = 32 },
    };

    public static IReadOnlyList<Participant> Participants(int mentees, int mentors, int seed)
    {
        var random = new Random(seed);
        var people = new List<Participant>(mentees + mentors);
        for (var i = 0; i < mentees; i++)
        {
            people.Add(Person(random, $"e{i:D6}", ParticipantRole.Mentee, mentors, "r"));
        }

        for (var i = 0; i < mentors; i++)
        {
            people.Add(Person(random, $"r{i:D6}", ParticipantRole.Mentor, mentees, "e"));
        }

        return people;
    }

    private static string[] Skills { get; } = [.. Enumerable.Range(0, 60).Select(i => $"skill{i:D2}")];
    private static string[] Goals { get; } = [.. Enumerable.Range(0, 20).Select(i => $"goal{i:D2}")];
    private static string[] Interests { get; } = [.. Enumerable.Range(0, 60).Select(i => $"interest{i:D2}")];

    private static Participant Person(Random random, string id, ParticipantRole role, int otherSide, string otherPrefix)
    {
        var mentor = role == ParticipantRole.Mentor;
        return new Participant
        {
            ProgrammeId = "synthetic",
            Id = id,
            Role = role,
            Organisation = $"org{random.Next(200)}",
            Department = $"dept{random.Next(10)}",
            Industry = $"industry{random.Next(20)}",
            Location = $"city{random.Next(30)}",
            SeniorityYears = mentor ? random.Next(5, 35) : random.Next(0, 12),
            Languages = random.Next(10) < 8 ? ["en", .. Pick(random, Languages, random.Next(0, 2))] : [.. Pick(random, Languages, 1 + random.Next(2))],
            TimeZone = Zones[random.Next(Zones.Length)],
            Availability = Availability(random),
            Formats = (MeetingFormats)random.Next(1, 8),
            SkillsOffered = mentor ? [.. Pick(random, Skills, random.Next(3, 9)).Select(s => new SkillLevel(s, random.Next(2, 6)))] : [],
            SkillsWanted = mentor ? [] : [.. Pick(random, Skills, random.Next(1, 6)).Select(s => new SkillLevel(s, random.Next(1, 5)))],
            Goals = [.. Pick(random, Goals, random.Next(1, 4))],
            Interests = [.. Pick(random, Interests, random.Next(0, 6))],
            Capacity = mentor ? random.Next(1, 7) : 0,
            Preferences = new MatchingPreferences
            {
                PreferOutsideOrganisation = random.Next(3) == 0,
                RequireOutsideOrganisation = random.Next(20) == 0,
                PreferOtherIndustry = random.Next(4) == 0,
            },
            RankedChoices = random.Next(5) == 0 ? [.. Enumerable.Range(0, 3).Select(_ => $"{otherPrefix}{random.Next(otherSide):D6}").Distinct()] : [],
            Blocked = random.Next(50) == 0 ? [$"{otherPrefix}{random.Next(otherSide):D6}"] : [],
        };
    }

    private static ImmutableArray<AvailabilityWindow> Availability(Random random)
    {
        var days = Pick(random, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], random.Next(1, 4));
        return [.. days.Select(d =>
        {
            var start = random.Next(8, 19);
            return new AvailabilityWindow(d, start * 60, Math.Min(24, start + random.Next(1, 4)) * 60);
        })];
    }

    private static IEnumerable<T> Pick<T>(Random random, T[] items, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Length))
        {
            chosen.Add(random.Next(items.Length));
        }

        return chosen.Order().Select(i => items[i]);
    }
}
