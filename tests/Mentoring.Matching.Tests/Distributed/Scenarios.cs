using System.Collections.Immutable;
using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Distributed;

/// <summary>Random rounds that exercise every pair fact: blocks, reporting lines, ranks, engagements, earlier pairs, competitors, capacities.</summary>
public static class Scenarios
{
    public static Gen<Scenario> For(SolverMode mode, int maxMentees = 24, int maxMentors = 18) =>
        from people in mode == SolverMode.Peer ? Side(ParticipantRole.Peer, "p", maxMentees) : Gen.Select(Side(ParticipantRole.Mentee, "e", maxMentees), Side(ParticipantRole.Mentor, "r", maxMentors), (a, b) => a.Concat(b).ToArray())
        from programme in Programme
        from batches in Gen.Select(Gen.Int[1, 30], Gen.Int[1, 30])
        from seeds in Gen.Select(Gen.Int, Gen.Int)
        let request = Decorate(programme, people, mode, seeds.Item1)
        select new Scenario(request, batches.Item1, batches.Item2, seeds.Item2);

    private static Gen<Participant[]> Side(ParticipantRole role, string prefix, int max) =>
        Gen.Int[0, max].SelectMany(n => Generators.Participant(role, prefix).Array[n]
            .Select(array => array.Select((p, i) => p with { Id = $"{prefix}{i:D2}" }).ToArray()));

    private static readonly Gen<Programme> Programme =
        from weights in Gen.Double[0, 4].Array[ComponentScores.Count]
        from limits in Gen.Select(Gen.Int[1, 6], Gen.OneOfConst(0.0, 0.3, 0.5), Gen.Int[0, 2], Gen.Int[1, 6])
        from flags in Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool)
        from organisation in Gen.OneOfConst(OrganisationMode.Any, OrganisationMode.Any, OrganisationMode.DifferentRequired, OrganisationMode.SameRequired)
        select new ProgrammeBuilder()
            .Policy(p => p with
            {
                Weights = Weights(weights),
                TopK = limits.Item1,
                MinimumScore = limits.Item2,
                MinimumOverlapHours = limits.Item3,
                TargetOverlapHours = limits.Item4,
                MaximiseMatchCount = flags.Item1,
                FairLoad = flags.Item2,
                StablePreferences = flags.Item3 ? PreferenceSource.RankedChoices : PreferenceSource.Scores,
            })
            .With(p => p with
            {
                OrganisationMode = organisation,
                CompetitorPairs = flags.Item4 ? [new OrganisationPair("Acme", "Globex")] : [],
            })
            .Build();

    private static ScoreWeights Weights(double[] w) => new()
    {
        Skills = w[0], Goals = w[1], Interests = w[2], Availability = w[3], Language = w[4], Seniority = w[5],
        TimeZone = w[6], Format = w[7], Organisation = w[8], Industry = w[9], Rank = w[10], PriorEngagement = w[11],
    };

    private static MatchingRequest Decorate(Programme programme, Participant[] people, SolverMode mode, int seed)
    {
        var random = new Random(seed);
        var mentees = people.Where(p => p.IsMentee).Select(p => p.Id).ToArray();
        var mentors = people.Where(p => p.IsMentor).Select(p => p.Id).ToArray();
        var decorated = people.Select(p =>
        {
            var others = p.Role == ParticipantRole.Mentor ? mentees : mentors;
            var role = mode != SolverMode.Peer && p.Role == ParticipantRole.Mentee && random.Next(8) == 0 ? ParticipantRole.Peer : p.Role;
            return p with
            {
                Role = role,
                Capacity = random.Next(4),
                Blocked = Some(random, others, 1),
                ReportingLine = Some(random, others, 1),
                RankedChoices = Some(random, others, 4),
                PriorEngagements = Some(random, others, 2),
            };
        }).ToArray();

        var previous = Enumerable.Range(0, random.Next(4)).Where(_ => mentees.Length > 0 && mentors.Length > 0)
            .Select(_ => new PreviousPair(mentees[random.Next(mentees.Length)], mentors[random.Next(mentors.Length)]))
            .ToArray();
        var remaining = mentors.Where(_ => random.Next(4) == 0).Distinct().ToDictionary(id => id, _ => random.Next(-1, 3));
        return new MatchingRequest(programme, decorated)
        {
            Solver = mode,
            PreviousPairs = previous,
            RemainingCapacity = remaining,
            IncludeFeasiblePairs = random.Next(4) == 0,
        };
    }

    private static ImmutableArray<string> Some(Random random, string[] ids, int max) =>
        ids.Length == 0 ? [] : [.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => ids[random.Next(ids.Length)]).Distinct()];
}
