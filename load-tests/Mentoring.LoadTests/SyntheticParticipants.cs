using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests;

/// <summary>Reproducible synthetic participants from a seed: skewed skills, zones across continents, 1-3 languages.</summary>
public sealed class SyntheticParticipants(int seed)
{
    public static readonly string[] Taxonomy = [.. Enumerable.Range(0, 200).Select(i => $"term-{i:D3}")];

    private static readonly string[] Zones =
        ["Europe/Berlin", "Europe/London", "America/New_York", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "Africa/Lagos"];

    private static readonly string[] Languages = ["en", "de", "fr", "es", "pt", "ja", "hi"];

    private readonly Random _random = new(seed);

    public Participant Next(int index) => Next(index, mentor: index % 5 == 0);

    public Participant Next(int index, bool mentor)
    {
        var participant = new Participant
        {
            Role = mentor ? ParticipantRole.Mentor : ParticipantRole.Mentee,
            DisplayName = $"Person {index}",
            Organisation = $"org-{_random.Next(50)}",
            Industry = $"industry-{_random.Next(12)}",
            SeniorityYears = mentor ? 8 + _random.Next(25) : _random.Next(10),
            TimeZone = Zones[_random.Next(Zones.Length)],
            Capacity = mentor ? 1 + _random.Next(6) : 0,
            Formats = { MeetingFormat.Online },
        };
        participant.Languages.Add("en");
        foreach (var language in Languages.Skip(1).OrderBy(_ => _random.Next()).Take(_random.Next(3)))
        {
            participant.Languages.Add(language);
        }

        var skills = participant.SkillsOffered;
        var wanted = participant.SkillsWanted;
        foreach (var term in SkewedTerms(mentor ? 6 : 3))
        {
            (mentor ? skills : wanted).Add(new Skill { Term = term, Level = 1 + _random.Next(5) });
        }

        var day = _random.Next(7);
        var start = 7 + _random.Next(10);
        participant.Availability.Add(new AvailabilityWindow
        {
            Day = (Google.Type.DayOfWeek)(day + 1),
            StartTime = $"{start:D2}:00",
            EndTime = $"{start + 2 + _random.Next(3):D2}:00",
        });
        return participant;
    }

    // Popular terms come up far more often, as in real programmes.
    private IEnumerable<string> SkewedTerms(int count) =>
        Enumerable.Range(0, count)
            .Select(_ => (int)(Taxonomy.Length * Math.Pow(_random.NextDouble(), 3)))
            .Distinct()
            .Select(i => Taxonomy[i]);
}
