using System.Collections.Immutable;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;

namespace Mentoring.Matching;

/// <summary>
/// A small generated round that runs every step a real round runs (encode, cut slices, score them, merge, solve for each
/// solver a programme may choose, explain, recommend), so that a freshly started process has compiled those paths before
/// its first real round. The data lives only in memory and is never stored or returned to anyone.
/// </summary>
public static class WarmUpRound
{
    private static readonly string[] Terms = [.. Enumerable.Range(0, 24).Select(i => $"term-{i:D2}")];
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Etc/UTC"];
    private static readonly string[][] LanguageSets = [["en"], ["de", "en"], ["fr"], ["en", "es"]];

    /// <summary>A deterministic programme of <paramref name="mentees"/> mentees and <paramref name="mentors"/> mentors.</summary>
    public static MatchingRequest Request(int mentees, int mentors)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mentees);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mentors);
        var random = new Random(20261203);
        var programme = new Programme { Id = "warm-up", Taxonomy = [.. Terms] };
        var people = new List<Participant>(mentees + mentors);
        for (var i = 0; i < mentees; i++)
        {
            people.Add(Person(random, $"warm-e{i}", ParticipantRole.Mentee, capacity: 0));
        }

        for (var i = 0; i < mentors; i++)
        {
            people.Add(Person(random, $"warm-r{i}", ParticipantRole.Mentor, capacity: 1 + (i % 3)));
        }

        // A few peers, so the peer solver has a graph to work on too.
        for (var i = 0; i < Math.Max(2, mentees / 10); i++)
        {
            people.Add(Person(random, $"warm-p{i}", ParticipantRole.Peer, capacity: 1));
        }

        return new MatchingRequest(programme, people);
    }

    /// <summary>
    /// Runs the round once per solver through the sliced path rounds use, plus one recommendation per solver; returns what
    /// they made, so the work cannot be optimised away and a test can see it happened. <paramref name="score"/> scores one
    /// slice (by default <see cref="SliceScorer.Score"/>); a host passes one that also carries the slice and its block
    /// through its own message encoding, as a round does between silos.
    /// </summary>
    public static WarmUpOutcome Run(
        MatchingRequest request, int menteeBatch, int mentorBatch, Func<ScoringSlice, CancellationToken, CandidateBlock>? score = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        score ??= SliceScorer.Score;
        var matched = 0;
        var recommended = 0;
        foreach (var solver in Enum.GetValues<SolverMode>())
        {
            ct.ThrowIfCancellationRequested();
            var round = DistributedRound.Prepare(request with { Solver = solver });
            var blocks = round.Plan(menteeBatch, mentorBatch)
                .Select(bounds => score(round.Slice(bounds), ct))
                .ToList();
            matched += round.Complete(blocks, ct).Matches.Count;
            if (round.MenteeCount > 0)
            {
                recommended += round.Recommend(round.MenteeId(0), 5).Count;
            }
        }

        return new WarmUpOutcome(matched, recommended);
    }

    private static Participant Person(Random random, string id, ParticipantRole role, int capacity)
    {
        var skills = Pick(random, 3).Select(t => new SkillLevel(t, random.Next(SkillLevel.MinLevel, SkillLevel.MaxLevel + 1)));
        var start = random.Next(6, 14) * 60;
        return new Participant
        {
            ProgrammeId = "warm-up",
            Id = id,
            Role = role,
            DisplayName = id,
            Organisation = $"org-{random.Next(8)}",
            SeniorityYears = random.Next(0, 25),
            Languages = [.. LanguageSets[random.Next(LanguageSets.Length)]],
            TimeZone = Zones[random.Next(Zones.Length)],
            Availability = [new AvailabilityWindow((DayOfWeek)random.Next(1, 6), start, start + 180), new AvailabilityWindow(DayOfWeek.Wednesday, 540, 720)],
            SkillsOffered = role == ParticipantRole.Mentee ? [] : [.. skills],
            SkillsWanted = role == ParticipantRole.Mentor ? [] : [.. skills],
            Goals = [.. Pick(random, 2)],
            Interests = [.. Pick(random, 2)],
            Capacity = capacity,
        };
    }

    private static IEnumerable<string> Pick(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Terms[random.Next(Terms.Length)]).Distinct();
}
