using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>A reproducible programme with mentors and mentees (or peers) whose profiles overlap enough to match.</summary>
public sealed record RoundScenario(Programme Programme, IReadOnlyList<Participant> Participants)
{
    private static readonly string[] Terms = ["kotlin", "sql", "leadership", "negotiation", "design", "finance", "sales", "data"];
    private static readonly string[] Zones = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata"];
    private static readonly string[] Languages = ["en", "de", "fr"];

    public static RoundScenario Create(string programmeId, int mentees, int mentors, int seed, SolverMode solver = SolverMode.Optimal)
    {
        var random = new Random(seed);
        var programme = new Programme
        {
            Id = programmeId,
            DisplayName = "Round scenario",
            Taxonomy = [.. Terms],
            Policy = MatchingPolicy.Default with { Solver = solver, TopK = 8 },
        };
        var people = new List<Participant>();
        if (solver == SolverMode.Peer)
        {
            people.AddRange(Enumerable.Range(0, mentees + mentors).Select(i => Person(programmeId, $"peer-{i:D4}", ParticipantRole.Peer, random)));
        }
        else
        {
            people.AddRange(Enumerable.Range(0, mentors).Select(i => Person(programmeId, $"mentor-{i:D4}", ParticipantRole.Mentor, random)));
            people.AddRange(Enumerable.Range(0, mentees).Select(i => Person(programmeId, $"mentee-{i:D4}", ParticipantRole.Mentee, random)));
        }

        return new RoundScenario(programme, people);
    }

    public async Task WriteAsync(IGrainFactory grains)
    {
        await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(Programme.Id)).CreateAsync(Programme);
        await Task.WhenAll(Participants.Select(p =>
            grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(p.ProgrammeId, p.Id)).WriteAsync(p, WriteMode.Upsert, null)));
    }

    private static Participant Person(string programmeId, string id, ParticipantRole role, Random random) => new()
    {
        ProgrammeId = programmeId,
        Id = id,
        Role = role,
        Organisation = $"org-{random.Next(4)}",
        Industry = $"industry-{random.Next(3)}",
        SeniorityYears = role == ParticipantRole.Mentor ? 8 + random.Next(20) : random.Next(12),
        Languages = random.Next(4) == 0 ? [Languages[1 + random.Next(2)]] : ["en", Languages[random.Next(3)]],
        TimeZone = Zones[random.Next(Zones.Length)],
        Availability = [new AvailabilityWindow((DayOfWeek)random.Next(1, 4), 8 * 60, (12 + random.Next(6)) * 60)],
        Formats = MeetingFormats.Online,
        SkillsOffered = [.. Pick(random, 3).Select(t => new SkillLevel(t, 3 + random.Next(3)))],
        SkillsWanted = [.. Pick(random, 2).Select(t => new SkillLevel(t, 1 + random.Next(3)))],
        Goals = [.. Pick(random, 1)],
        Interests = [.. Pick(random, 2)],
        Capacity = role == ParticipantRole.Mentor ? 1 + random.Next(3) : role == ParticipantRole.Peer ? 1 : 0,
    };

    private static IEnumerable<string> Pick(Random random, int count) => Terms.OrderBy(_ => random.Next()).Take(count);
}
