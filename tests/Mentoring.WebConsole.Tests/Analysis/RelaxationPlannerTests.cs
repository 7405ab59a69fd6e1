using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Rounds;

namespace Mentoring.WebConsole.Tests.Analysis;

/// <summary>Which rules a dry run's unmatched reasons point to, and the one loosening step tried for each.</summary>
public sealed class RelaxationPlannerTests
{
    private static MatchingPolicy Policy(int maxTimeZone = 6, int minimumOverlap = 2, double minimumScore = 0.3) => new()
    {
        MaxTimeZoneDistanceHours = maxTimeZone, MinimumOverlapHours = minimumOverlap, MinimumScore = minimumScore, TopK = 32,
    };

    [Fact]
    public void Each_policy_rule_named_in_a_reason_gets_one_step_looser_and_the_rest_of_the_policy_is_kept()
    {
        var plan = RelaxationPlanner.Plan(Policy(), Causes(UnmatchedCause.TimeZoneDistance, UnmatchedCause.MinimumOverlap, UnmatchedCause.MinimumScore));

        Assert.Equal([RelaxableRule.TimeZoneDistance, RelaxableRule.MinimumOverlap, RelaxableRule.MinimumScore], plan.Select(s => s.Rule));
        var timeZone = plan[0];
        Assert.Equal((6d, 9d), (timeZone.From, timeZone.To));
        Assert.Equal(Policy(maxTimeZone: 9), timeZone.Policy);
        Assert.Equal(Policy(minimumOverlap: 1), plan[1].Policy);
        Assert.Equal(Policy(minimumScore: 0.2), plan[2].Policy);
    }

    [Fact]
    public void Rules_already_as_loose_as_they_go_and_reasons_outside_the_policy_get_no_step()
    {
        var plan = RelaxationPlanner.Plan(Policy(maxTimeZone: 12, minimumOverlap: 0, minimumScore: 0), Causes(
            UnmatchedCause.TimeZoneDistance, UnmatchedCause.MinimumOverlap, UnmatchedCause.MinimumScore,
            UnmatchedCause.NoSharedLanguage, UnmatchedCause.MentorsFull));

        Assert.Empty(plan);
    }

    [Fact]
    public void The_time_zone_step_stops_at_twelve_hours()
    {
        var step = Assert.Single(RelaxationPlanner.Plan(Policy(maxTimeZone: 11), Causes(UnmatchedCause.TimeZoneDistance)));

        Assert.Equal(12, step.Policy.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public void Request_ids_are_derived_from_the_round_so_asking_again_names_the_same_dry_runs()
    {
        var plan = RelaxationPlanner.Plan(Policy(), Causes(UnmatchedCause.TimeZoneDistance, UnmatchedCause.MinimumOverlap));

        Assert.Equal(["r20261203-0600-abc.relax-time-zone", "r20261203-0600-abc.relax-overlap"], plan.Select(s => s.RequestId("r20261203-0600-abc")));
        Assert.Equal(plan.Select(s => s.RequestId("r1")), RelaxationPlanner.Plan(Policy(), Causes(UnmatchedCause.TimeZoneDistance, UnmatchedCause.MinimumOverlap)).Select(s => s.RequestId("r1")));
    }

    [Fact]
    public void The_cause_code_decides_whatever_the_words_and_a_report_stored_before_codes_falls_back_to_the_words()
    {
        var coded = RelaxationPlanner.Plan(Policy(), [new UnmatchedReasonCount { Reason = "kein passender Mentor", MenteeCount = 3, Cause = UnmatchedCause.MinimumOverlap }]);
        var misleading = RelaxationPlanner.Plan(Policy(), [new UnmatchedReasonCount { Reason = "no feasible mentor: time zones too far apart", MenteeCount = 3, Cause = UnmatchedCause.NoSharedLanguage }]);
        var stored = RelaxationPlanner.Plan(Policy(), [new UnmatchedReasonCount { Reason = "no feasible mentor: score below the programme minimum", MenteeCount = 3 }]);

        Assert.Equal([RelaxableRule.MinimumOverlap], coded.Select(s => s.Rule));
        Assert.Empty(misleading);
        Assert.Equal([RelaxableRule.MinimumScore], stored.Select(s => s.Rule));
    }

    private static UnmatchedReasonCount[] Causes(params UnmatchedCause[] causes) =>
        [.. causes.Select(cause => new UnmatchedReasonCount { Reason = $"reason {cause}", MenteeCount = 1, Cause = cause })];
}
