using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class HardRuleTests
{
    public static TheoryData<string> Scenarios => [.. Cases.Keys];

    private static readonly Dictionary<string, (ExclusionRule Rule, Func<PairScorer> Scorer)> Cases = new()
    {
        ["feasible by default"] = (ExclusionRule.None, () => Scorer()),
        ["same person in a peer round"] = (ExclusionRule.SamePerson, () =>
        {
            Participant[] peers = [ParticipantBuilder.Peer("p").Build()];
            return new PairScorer(FeatureEncoder.Encode(new ProgrammeBuilder().Build(), peers, peers), [], [1]);
        }),
        ["mentee blocks mentor"] = (ExclusionRule.Blocked, () => Scorer(e => e.Blocks("r"))),
        ["mentor blocks mentee"] = (ExclusionRule.Blocked, () => Scorer(mentor: r => r.Blocks("e"))),
        ["matched before"] = (ExclusionRule.PreviousMatch, () => Scorer(previous: new PreviousPair("e", "r"))),
        ["mentor is the mentee's manager"] = (ExclusionRule.ReportingLine, () => Scorer(e => e.ReportsTo("r"))),
        ["mentee is the mentor's manager's manager"] = (ExclusionRule.ReportingLine, () => Scorer(mentor: r => r.ReportsTo("x", "e"))),
        ["competitor organisations"] = (ExclusionRule.CompetitorOrganisations, () => Scorer(
            e => e.Organisation("Acme"), r => r.Organisation("globex"),
            p => p.With(x => x with { CompetitorPairs = [new OrganisationPair("Globex", "Acme")] }))),
        ["programme requires different organisations"] = (ExclusionRule.SameOrganisation, () => Scorer(
            e => e.Organisation("Acme"), r => r.Organisation("Acme"), p => p.With(x => x with { OrganisationMode = OrganisationMode.DifferentRequired }))),
        ["mentee requires another organisation"] = (ExclusionRule.SameOrganisation, () => Scorer(
            e => e.Organisation("Acme").Preferences(x => x with { RequireOutsideOrganisation = true }), r => r.Organisation("Acme"))),
        ["programme requires the same organisation"] = (ExclusionRule.DifferentOrganisation, () => Scorer(
            e => e.Organisation("Acme"), r => r.Organisation("Globex"), p => p.With(x => x with { OrganisationMode = OrganisationMode.SameRequired }))),
        ["no shared language"] = (ExclusionRule.NoSharedLanguage, () => Scorer(e => e.Languages("de"), r => r.Languages("fr"))),
        ["required language not spoken"] = (ExclusionRule.RequiredLanguageMissing, () => Scorer(
            e => e.Languages("en", "de").Preferences(x => x with { RequiredLanguages = ["de"] }))),
        ["time zones beyond the programme limit"] = (ExclusionRule.TimeZoneTooFar, () => Scorer(
            mentor: r => r.TimeZone("Asia/Tokyo"), programme: p => p.Policy(x => x with { MaxTimeZoneDistanceHours = 3 }))),
        ["time zones beyond the participant's own limit"] = (ExclusionRule.TimeZoneTooFar, () => Scorer(
            e => e.TimeZone("Europe/Berlin").Preferences(x => x with { MaxTimeZoneDistanceHours = 2 }), r => r.TimeZone("America/New_York").Available(8, 3))),
        ["too little overlap"] = (ExclusionRule.InsufficientOverlap, () => Scorer(mentor: r => r.Available(8, 9, DayOfWeek.Tuesday))),
        ["mentor has no capacity left"] = (ExclusionRule.NoCapacity, () => Scorer(mentor: r => r.Capacity(0))),
        ["score below the minimum"] = (ExclusionRule.BelowMinimumScore, () => Scorer(programme: p => p.Policy(x => x with { MinimumScore = 0.99 }))),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_hard_rule_excludes_the_pair_and_is_named(string scenario)
    {
        var (expected, build) = Cases[scenario];
        var scorer = build();

        var rule = scorer.Evaluate(0, 0, out _);
        var graph = CandidateGraphBuilder.Build(scorer, topK: 4);
        var explanation = PairExplainer.Explain(scorer, 0, 0);

        Assert.Equal(expected, rule);
        Assert.Equal(expected, explanation.Exclusion);
        if (expected == ExclusionRule.None)
        {
            Assert.Equal(1, graph.EdgeCount);
        }
        else
        {
            Assert.Equal(0, graph.EdgeCount);
            Assert.Equal("excluded: " + ExclusionRuleText.Describe(expected), explanation.Reasons[0]);
            Assert.DoesNotContain(expected.ToString(), ExclusionRuleText.Describe(expected), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_has_a_scenario()
    {
        var covered = Cases.Values.Select(c => c.Rule).ToHashSet();
        Assert.All(Enum.GetValues<ExclusionRule>(), rule => Assert.Contains(rule, covered));
    }

    private static PairScorer Scorer(
        Func<ParticipantBuilder, ParticipantBuilder>? mentee = null,
        Func<ParticipantBuilder, ParticipantBuilder>? mentor = null,
        Func<ProgrammeBuilder, ProgrammeBuilder>? programme = null,
        params PreviousPair[] previous)
    {
        var e = (mentee ?? (x => x))(ParticipantBuilder.Mentee("e")).Build();
        var r = (mentor ?? (x => x))(ParticipantBuilder.Mentor("r")).Build();
        var p = (programme ?? (x => x))(new ProgrammeBuilder()).Build();
        return Rounds.Scorer(p, [e], [r], previous);
    }

    private static PairScorer Scorer(PreviousPair previous) => Scorer(null, null, null, previous);
}
