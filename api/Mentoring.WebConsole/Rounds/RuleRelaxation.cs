using Mentoring.Contracts.V1;

namespace Mentoring.WebConsole.Rounds;

/// <summary>One loosening step of one hard rule: the policy to try in a dry run, and the number it changes.</summary>
public sealed record RuleRelaxation(RelaxableRule Rule, double From, double To, MatchingPolicy Policy)
{
    /// <summary>
    /// The dry run's request id, derived from the round the suggestion is for, so that asking again (a reload) returns
    /// the dry run already started instead of starting another.
    /// </summary>
    public string RequestId(string baseRoundId) => $"{baseRoundId}.relax-{Rule switch
    {
        RelaxableRule.TimeZoneDistance => "time-zone",
        RelaxableRule.MinimumOverlap => "overlap",
        _ => "minimum-score",
    }}";
}
