using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class ExplanationTests
{
    [Fact]
    public void Explanations_name_the_offered_skills_in_the_mentees_order()
    {
        var mentee = ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2), ("Leadership", 3), ("Negotiation", 1), ("Sql", 4)).Build();
        var mentor = ParticipantBuilder.Mentor("r").Offers(("Negotiation", 5), ("Kotlin", 3), ("Leadership", 4), ("Design", 5)).Build();

        var explanation = PairExplainer.Explain(Rounds.Scorer(mentee, mentor), "e", "r");

        Assert.Contains("offers 3 of 4 wanted skills: Kotlin, Leadership, Negotiation", explanation.Reasons);
        Assert.Equal(0.75, explanation.Breakdown[ScoreComponent.Skills], 5);
        Assert.True(explanation.IsFeasible);
    }

    [Fact]
    public void Explanations_flag_skills_offered_below_the_wanted_level()
    {
        var mentee = ParticipantBuilder.Mentee("e").Wants(("Kotlin", 4)).Build();
        var mentor = ParticipantBuilder.Mentor("r").Offers(("Kotlin", 2)).Build();

        var explanation = PairExplainer.Explain(Rounds.Scorer(mentee, mentor), "e", "r");

        Assert.Contains("offers 1 of 1 wanted skills: Kotlin (below the wanted level)", explanation.Reasons);
        Assert.Equal(1 - (2 * ScoringConstants.SkillLevelGapPenalty), explanation.Breakdown[ScoreComponent.Skills], 5);
    }

    [Fact]
    public void Explanations_give_at_most_three_reasons_and_the_total_of_the_scorer()
    {
        var mentee = ParticipantBuilder.Mentee("e").Wants(("Kotlin", 2)).Goals("Career").Interests("Chess", "Music")
            .Industry("Bank").Preferences(p => p with { PreferOtherIndustry = true }).Available(4).Build();
        var mentor = ParticipantBuilder.Mentor("r").Offers(("Kotlin", 2)).Goals("Career").Interests("Chess").Industry("Retail").Available(4).Build();
        var scorer = Rounds.Scorer(mentee, mentor);

        var explanation = PairExplainer.Explain(scorer, 0, 0);
        scorer.Evaluate(0, 0, out var total);

        Assert.InRange(explanation.Reasons.Count, 1, 3);
        Assert.Equal(total, explanation.Total, 6);
        Assert.Equal(1.0, explanation.Breakdown[ScoreComponent.Industry]);
    }

    [Fact]
    public void Availability_reasons_state_weekly_hours()
    {
        var programme = new ProgrammeBuilder().Policy(p => p with
        {
            Weights = new ScoreWeights { Skills = 0, Goals = 0, Interests = 0, Availability = 5, Language = 0, Seniority = 0, TimeZone = 0, Format = 0, Organisation = 0, Industry = 0, Rank = 0, PriorEngagement = 0 },
        }).Build();
        var mentee = ParticipantBuilder.Mentee("e").Available(4).Build();
        var mentor = ParticipantBuilder.Mentor("r").Available(6).Build();

        var explanation = PairExplainer.Explain(Rounds.Scorer(programme, [mentee], [mentor]), 0, 0);

        Assert.Equal(["4 h/week overlap"], explanation.Reasons);
    }
}
