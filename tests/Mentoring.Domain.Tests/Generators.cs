using System.Collections.Immutable;
using CsCheck;
using Mentoring.Domain;

namespace Mentoring.Domain.Tests;

/// <summary>CsCheck generators for participants and programmes that pass the domain validators.</summary>
internal static class Generators
{
    private static readonly string[] Zones = ["Etc/UTC", "Europe/Berlin", "Asia/Kolkata", "America/New_York", "Pacific/Auckland", "Australia/Adelaide"];
    private static readonly string[] LanguageTags = ["en", "de", "fr", "pt-br", "zh-hans", "sw"];
    private static readonly string[] OtherIds = [.. Enumerable.Range(0, 30).Select(i => $"p-{i}")];

    private static readonly Gen<string> Text = Gen.String[Gen.Char["abcdefgh XYZ-é"], 0, 30];

    public static readonly Gen<string> Id =
        from first in Gen.Char["abcxyz0189"]
        from rest in Gen.String[Gen.Char["abc09._-"], 0, Limits.MaxIdLength - 1]
        select first + rest;

    private static Gen<ImmutableArray<T>> SubsetOf<T>(IReadOnlyList<T> pool, int max) =>
        Gen.Bool.Array[pool.Count].Select(mask => pool.Where((_, i) => mask[i]).Take(max).ToImmutableArray());

    private static readonly Gen<ImmutableArray<AvailabilityWindow>> Windows =
        Gen.Int[-1, AvailabilityWindow.MinutesPerDay - 1].Array[7].SelectMany(starts =>
            Gen.Int[1, AvailabilityWindow.MinutesPerDay].Array[7].Select(lengths =>
                Enumerable.Range(0, 7)
                    .Where(d => starts[d] >= 0)
                    .Select(d => new AvailabilityWindow((DayOfWeek)d, starts[d], Math.Min(AvailabilityWindow.MinutesPerDay, starts[d] + lengths[d])))
                    .ToImmutableArray()));

    private static readonly Gen<ImmutableArray<SkillLevel>> Skills =
        SubsetOf(Fixtures.Terms, 8).SelectMany(terms =>
            Gen.Int[SkillLevel.MinLevel, SkillLevel.MaxLevel].Array[terms.Length]
                .Select(levels => terms.Select((t, i) => new SkillLevel(t, levels[i])).ToImmutableArray()));

    private static readonly Gen<MatchingPreferences> Preferences =
        from outside in Gen.Bool
        from require in Gen.Bool
        from industry in Gen.Bool
        from distance in Gen.Int[-1, 12]
        from languages in SubsetOf(LanguageTags, 3)
        select new MatchingPreferences
        {
            PreferOutsideOrganisation = outside,
            RequireOutsideOrganisation = require,
            PreferOtherIndustry = industry,
            MaxTimeZoneDistanceHours = distance < 0 ? null : distance,
            RequiredLanguages = languages,
        };

    private static readonly Gen<(string Name, string Organisation, string Department, string Industry, string Location)> Texts =
        Gen.Select(Text, Text, Text, Text, Text);

    public static readonly Gen<Participant> Participant =
        from id in Id
        from role in Gen.Int[1, 3]
        from texts in Texts
        from reportingLine in SubsetOf(OtherIds, Limits.MaxReportingLine)
        from seniority in Gen.Int[0, Limits.MaxSeniorityYears]
        from languages in SubsetOf(LanguageTags, 6)
        from zone in Gen.OneOfConst(Zones)
        from windows in Windows
        from formats in Gen.Int[1, 7]
        from offered in Skills
        from wanted in Skills
        from goals in SubsetOf(Fixtures.Terms, 10)
        from interests in SubsetOf(Fixtures.Terms, 10)
        from capacity in Gen.Int[0, Limits.MaxCapacity]
        from preferences in Preferences
        from ranked in SubsetOf(OtherIds, 10)
        from blocked in SubsetOf(OtherIds, 10)
        from prior in SubsetOf(OtherIds, 10)
        from email in Gen.OneOfConst("", "ada@example.org", "bo.jensen+mentoring@mail.acme.co.uk")
        select new Participant
        {
            ProgrammeId = "acme-2025",
            Id = "self-" + id[..Math.Min(id.Length, Limits.MaxIdLength - 5)],
            Role = (ParticipantRole)role,
            DisplayName = texts.Name,
            Email = email,
            Organisation = texts.Organisation,
            Department = texts.Department,
            ReportingLine = reportingLine,
            Industry = texts.Industry,
            SeniorityYears = seniority,
            Languages = languages,
            Location = texts.Location,
            TimeZone = zone,
            Availability = windows,
            Formats = (MeetingFormats)formats,
            SkillsOffered = offered,
            SkillsWanted = wanted,
            Goals = goals,
            Interests = interests,
            Capacity = capacity,
            Preferences = preferences,
            RankedChoices = ranked,
            Blocked = blocked,
            PriorEngagements = prior,
        };

    private static readonly Gen<ScoreWeights> Weights =
        Gen.Double[0, 100].Array[12].Select(w => new ScoreWeights
        {
            Skills = Math.Min(w[0] + 0.5, 100), Goals = w[1], Interests = w[2], Availability = w[3], Language = w[4], Seniority = w[5],
            TimeZone = w[6], Format = w[7], Organisation = w[8], Industry = w[9], Rank = w[10], PriorEngagement = w[11],
        });

    public static readonly Gen<MatchingPolicy> Policy =
        from weights in Weights
        from solver in Gen.Int[1, 4]
        from flags in Gen.Bool.Array[2]
        from penalty in Gen.Double[0, 1]
        from source in Gen.Int[1, 2]
        from minimumScore in Gen.Double[0, 1]
        from overlap in Gen.Int[0, WeeklyAvailability.HoursPerWeek]
        from target in Gen.Int[1, WeeklyAvailability.HoursPerWeek]
        from distance in Gen.Int[0, 12]
        from gapMin in Gen.Int[-10, 10]
        from gapWidth in Gen.Int[0, 20]
        from topK in Gen.Int[1, 1024]
        select new MatchingPolicy
        {
            Weights = weights,
            Solver = (SolverMode)solver,
            MaximiseMatchCount = flags[0],
            FairLoad = flags[1],
            FairLoadPenalty = penalty,
            StablePreferences = (PreferenceSource)source,
            MinimumScore = minimumScore,
            MinimumOverlapHours = overlap,
            TargetOverlapHours = target,
            MaxTimeZoneDistanceHours = distance,
            SeniorityGapMin = gapMin,
            SeniorityGapMax = gapMin + gapWidth,
            TopK = topK,
        };

    /// <summary>No end, or any tick in the accepted range.</summary>
    private static readonly Gen<DateTimeOffset?> EndTime =
        Gen.Frequency(
            (1, Gen.Const((DateTimeOffset?)null)),
            (3, Gen.Long[Limits.MinEndTime.UtcTicks, Limits.MaxEndTime.UtcTicks].Select(ticks => (DateTimeOffset?)new DateTimeOffset(ticks, TimeSpan.Zero))));

    public static readonly Gen<Programme> Programme =
        from id in Id
        from name in Text
        from description in Text
        from policy in Policy
        from taxonomy in SubsetOf(Fixtures.Terms, 20)
        from mode in Gen.Int[0, 2]
        from pairs in Gen.Select(Text, Text).Array[0, 4]
        from endTime in EndTime
        select new Programme
        {
            Id = id,
            DisplayName = name,
            Description = description,
            Policy = policy,
            Taxonomy = taxonomy,
            OrganisationMode = (OrganisationMode)mode,
            CompetitorPairs = [.. pairs.Select(p => new OrganisationPair("org " + p.Item1, "org " + p.Item2))],
            EndTime = endTime,
        };
}
