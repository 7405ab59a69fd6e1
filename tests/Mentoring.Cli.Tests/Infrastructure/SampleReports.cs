using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;
using Mentoring.Reports;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>Report input shaped like a real round's: long names, long unmatched reasons, capacity labels with slot counts.</summary>
public static class SampleReports
{
    /// <summary>Reasons as the engine words them, the longest among them (the issue saw these cut off in the chart).</summary>
    public static readonly string[] UnmatchedReasons =
    [
        "all feasible mentors were full",
        "no shared language",
        "mentor: time zones too far apart for the mentee's maximum distance",
    ];

    /// <summary>A finished round with varied scores, reasons, loads and unmatched reasons; deterministic.</summary>
    public static RoundReportInput Round(int matchCount)
    {
        const string programme = "programmes/report-demo";
        var random = new Random(7);
        var components = new[] { "skills", "goals", "interests", "availability", "language", "seniority", "time_zone", "format", "organisation", "industry", "rank", "prior_engagement" };
        var matches = Enumerable.Range(0, matchCount).Select(i =>
        {
            var match = new RoundMatch
            {
                Mentee = $"{programme}/participants/mentee-{(i * 17) % matchCount:D3}",
                Mentor = $"{programme}/participants/mentor-{i % 12:D2}",
                Score = Math.Round(0.3 + random.NextDouble() * 0.65, 4),
                Reasons = { "offers 2 of 3 wanted skills: kotlin, sql", "both speak en", $"{i % 9 + 2} more years of experience" },
            };
            match.Breakdown.AddRange(components.Select(c => new ScoreComponentValue { Component = c, Value = Math.Round(random.NextDouble(), 3) }));
            return match;
        }).ToList();
        var round = new Round
        {
            Name = $"{programme}/rounds/spring",
            State = RoundState.Done,
            Scope = RoundScope.All,
            Solver = SolverMode.Optimal,
            RequestId = "spring",
            CreateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)),
            EndTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 9, 0, 42, TimeSpan.Zero)),
            Progress = new RoundProgress { PairsScored = 600, PairsTotal = 600, Elapsed = Duration.FromTimeSpan(TimeSpan.FromSeconds(42)) },
            Report = new RoundReport
            {
                MenteeCount = 50, MentorCount = 12, MatchedCount = matchCount, MatchRate = matchCount / 50.0,
                TotalScore = matches.Sum(m => m.Score), MeanScore = matches.Average(m => m.Score), P10Score = 0.4, P50Score = 0.62, P90Score = 0.88,
                MentorLoadHistogram = { new MentorLoadBucket { MenteesPerMentor = 3, MentorCount = 4 }, new MentorLoadBucket { MenteesPerMentor = 4, MentorCount = 7 }, new MentorLoadBucket { MenteesPerMentor = 0, MentorCount = 1 } },
                UnmatchedByReason = { UnmatchedReasons.Select((reason, i) => new UnmatchedReasonCount { Reason = reason, MenteeCount = 10 - (3 * i) }) },
            },
        };
        var unmatched = Enumerable.Range(0, 10).Select(i => new UnmatchedMentee
        {
            Mentee = $"{programme}/participants/waiting-{i}", Reason = UnmatchedReasons[i % UnmatchedReasons.Length],
        }).ToList();
        var weights = new ScoreWeights { Skills = 3, Goals = 1, Interests = 0.5, Availability = 1, Language = 1, Seniority = 1, TimeZone = 0.5, Format = 0.5, Organisation = 0.5, Industry = 0.5, Rank = 1, PriorEngagement = 0.5 };
        var capacities = Enumerable.Range(0, 12).ToDictionary(i => $"{programme}/participants/mentor-{i:D2}", i => i < 6 ? 4 : 5);
        var names = capacities.Keys.Concat(matches.Select(m => m.Mentee)).Concat(unmatched.Select(u => u.Mentee)).Distinct()
            .ToDictionary(n => n, DisplayName, StringComparer.Ordinal);
        return new RoundReportInput(round, matches, unmatched, new Programme { Name = programme, DisplayName = "Report demo", Policy = new MatchingPolicy { Weights = weights } }, capacities, names);
    }

    /// <summary>"programmes/p/participants/mentor-03" → "Mentor-03 Lindqvist-Okonkwo": a name unlike its id, long as real ones are.</summary>
    public static string DisplayName(string resourceName)
    {
        var id = resourceName[(resourceName.LastIndexOf('/') + 1)..];
        return char.ToUpperInvariant(id[0]) + id[1..] + " Lindqvist-Okonkwo";
    }
}
