using Mentoring.Contracts.V1;

namespace Mentoring.WebConsole.Rounds;

/// <summary>
/// Which hard rules to try loosening for a dry run's unmatched mentees: each policy rule named in their reasons, one step
/// looser than the programme's policy, unless it is already as loose as it goes. Rules that are not in the policy
/// (languages, organisations, blocks) and full mentors have no step here.
/// </summary>
public static class RelaxationPlanner
{
    public const int TimeZoneStepHours = 3;
    public const int MaxTimeZoneDistanceHours = 12;
    public const int OverlapStepHours = 1;
    public const double MinimumScoreStep = 0.1;

    // Reports of rounds finished before causes were recorded name the rule only in these words.
    private static readonly (string Text, RelaxableRule Rule)[] ReasonTexts =
    [
        ("time zones too far apart", RelaxableRule.TimeZoneDistance),
        ("too little shared availability", RelaxableRule.MinimumOverlap),
        ("score below the programme minimum", RelaxableRule.MinimumScore),
    ];

    /// <param name="policy">The programme's policy with every field set, as GetProgramme returns it.</param>
    /// <param name="reasons">The unmatched mentees' reasons (each reason once is enough), by their cause code.</param>
    public static IReadOnlyList<RuleRelaxation> Plan(MatchingPolicy policy, IEnumerable<UnmatchedReasonCount> reasons)
    {
        var named = reasons.SelectMany(Rules).ToHashSet();
        var steps = new List<RuleRelaxation>();
        foreach (var rule in Enum.GetValues<RelaxableRule>().Where(named.Contains))
        {
            if (Step(policy, rule) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static IEnumerable<RelaxableRule> Rules(UnmatchedReasonCount reason) => reason.Cause switch
    {
        UnmatchedCause.TimeZoneDistance => [RelaxableRule.TimeZoneDistance],
        UnmatchedCause.MinimumOverlap => [RelaxableRule.MinimumOverlap],
        UnmatchedCause.MinimumScore => [RelaxableRule.MinimumScore],
        UnmatchedCause.Unspecified => ReasonTexts.Where(r => reason.Reason.Contains(r.Text, StringComparison.Ordinal)).Select(r => r.Rule),
        _ => [],
    };

    private static RuleRelaxation? Step(MatchingPolicy policy, RelaxableRule rule)
    {
        var looser = policy.Clone();
        switch (rule)
        {
            case RelaxableRule.TimeZoneDistance when policy.MaxTimeZoneDistanceHours < MaxTimeZoneDistanceHours:
                looser.MaxTimeZoneDistanceHours = Math.Min(MaxTimeZoneDistanceHours, policy.MaxTimeZoneDistanceHours + TimeZoneStepHours);
                return new(rule, policy.MaxTimeZoneDistanceHours, looser.MaxTimeZoneDistanceHours, looser);
            case RelaxableRule.MinimumOverlap when policy.MinimumOverlapHours > 0:
                looser.MinimumOverlapHours = Math.Max(0, policy.MinimumOverlapHours - OverlapStepHours);
                return new(rule, policy.MinimumOverlapHours, looser.MinimumOverlapHours, looser);
            case RelaxableRule.MinimumScore when policy.MinimumScore > 0:
                looser.MinimumScore = Math.Max(0, Math.Round(policy.MinimumScore - MinimumScoreStep, 2));
                return new(rule, policy.MinimumScore, looser.MinimumScore, looser);
            default:
                return null;
        }
    }
}
