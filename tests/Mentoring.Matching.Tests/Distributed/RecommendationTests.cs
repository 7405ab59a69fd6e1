using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Distributed;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Distributed;

public sealed class RecommendationTests
{
    [Fact]
    public void Recommendations_rank_the_candidate_graph_scores_by_score_then_id()
    {
        (from scenario in Scenarios.For(SolverMode.Optimal) from topN in Gen.Int[0, 8] select (scenario, topN)).Sample(x =>
        {
            var round = DistributedRound.Prepare(x.scenario.Request);
            var graph = CandidateGraphBuilder.Build(round.Scorer, Math.Max(1, x.topN));
            for (var mentee = 0; mentee < round.MenteeCount; mentee++)
            {
                var expected = graph.MentorsOf(mentee).ToArray()
                    .Zip(graph.ScoresOf(mentee).ToArray(), (mentor, score) => (Id: round.Scorer.Mentors.Participants[mentor].Id, Score: (double)score))
                    .OrderByDescending(c => c.Score)
                    .ThenBy(c => c.Id, StringComparer.Ordinal)
                    .Take(x.topN);

                var actual = round.Recommend(round.MenteeId(mentee), x.topN);

                Assert.Equal(expected, actual.Select(r => (Id: r.MentorId, r.Score)));
                Assert.All(actual, r => Assert.Equal(round.MenteeId(mentee), r.MenteeId));
            }
        }, iter: 40);
    }

    [Fact]
    public void Recommended_mentors_break_no_hard_rule()
    {
        Scenarios.For(SolverMode.Optimal).Sample(scenario =>
        {
            var round = DistributedRound.Prepare(scenario.Request);
            for (var mentee = 0; mentee < round.MenteeCount; mentee++)
            {
                foreach (var r in round.Recommend(round.MenteeId(mentee), 5))
                {
                    var rule = round.Scorer.Evaluate(mentee, round.Scorer.Mentors.IndexOf(r.MentorId), out _);

                    // The minimum score is compared on the row kernel's total, which may differ from Evaluate's in the last bit.
                    Assert.True(rule is ExclusionRule.None or ExclusionRule.BelowMinimumScore, $"{r.MenteeId}-{r.MentorId}: {rule}");
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void Blocked_full_and_incompatible_mentors_are_never_recommended()
    {
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2)).With(p => p with { Blocked = ["r1"] }).Build(),
            ParticipantBuilder.Mentor("r1").Offers(("Kotlin", 5)).Build(),
            ParticipantBuilder.Mentor("r2").Offers(("Kotlin", 5)).Capacity(0).Build(),
            ParticipantBuilder.Mentor("r3").Offers(("Kotlin", 5)).Languages("fr").Build(),
            ParticipantBuilder.Mentor("r4").Offers(("Kotlin", 3)).Build(),
            ParticipantBuilder.Mentor("r5").Build(),
        ];

        var recommended = Recommendations.For(new MatchingRequest(new ProgrammeBuilder().Build(), people), "e", 10);

        Assert.Equal(["r4", "r5"], recommended.Select(r => r.MentorId));
        Assert.NotEmpty(recommended[0].Reasons);
        Assert.Equal(ComponentScores.Count, recommended[0].Breakdown.Count);
    }

    [Fact]
    public void Equal_scores_are_recommended_in_id_order()
    {
        Participant[] people =
        [
            ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2)).Build(),
            ParticipantBuilder.Mentor("r3").Offers(("Kotlin", 3)).Build(),
            ParticipantBuilder.Mentor("r1").Offers(("Kotlin", 3)).Build(),
            ParticipantBuilder.Mentor("r2").Offers(("Kotlin", 3)).Build(),
        ];

        var recommended = Recommendations.For(new MatchingRequest(new ProgrammeBuilder().Build(), people), "e", 2);

        Assert.Equal(["r1", "r2"], recommended.Select(r => r.MentorId));
    }

    [Fact]
    public void An_unknown_mentee_is_an_argument_error()
    {
        var request = new MatchingRequest(new ProgrammeBuilder().Build(), [ParticipantBuilder.Mentor("r").Build()]);

        Assert.Throws<ArgumentException>(() => Recommendations.For(request, "nobody", 3));
    }
}
