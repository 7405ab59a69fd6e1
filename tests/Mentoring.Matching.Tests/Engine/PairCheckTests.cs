using CsCheck;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Engine;

/// <summary>A pair judged alone (a manual override) gets the verdict and score the same pair gets inside a whole round.</summary>
public sealed class PairCheckTests
{
    [Fact]
    public void A_pair_judged_alone_has_the_rule_and_score_it_has_in_a_round()
    {
        Generators.Round(8, 8).Sample(people =>
        {
            var programme = new ProgrammeBuilder().Build();
            PreviousPair[] previous = [new(people.Mentees[0].Id, people.Mentors[0].Id)];
            var round = Rounds.Scorer(programme, people.Mentees, people.Mentors, previous);
            for (var e = 0; e < people.Mentees.Length; e++)
            {
                for (var r = 0; r < people.Mentors.Length; r++)
                {
                    var inRound = round.Evaluate(round.Mentees.IndexOf(people.Mentees[e].Id), round.Mentors.IndexOf(people.Mentors[r].Id), out var total);

                    var alone = PairCheck.Evaluate(programme, people.Mentees[e], people.Mentors[r], previous);

                    Assert.Equal(inRound, alone.Exclusion);
                    Assert.Equal(total, (float)alone.Total, 5);
                }
            }
        });
    }

    [Fact]
    public void A_pair_matched_before_is_refused_by_the_previous_match_rule()
    {
        var mentee = ParticipantBuilder.Mentee("e").Build();
        var mentor = ParticipantBuilder.Mentor("r").Build();

        var verdict = PairCheck.Evaluate(new ProgrammeBuilder().Build(), mentee, mentor, [new PreviousPair("e", "r")]);

        Assert.Equal(ExclusionRule.PreviousMatch, verdict.Exclusion);
        Assert.Equal(ExclusionRule.None, PairCheck.Evaluate(new ProgrammeBuilder().Build(), mentee, mentor, []).Exclusion);
    }
}
