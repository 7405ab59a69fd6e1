namespace Mentoring.WebConsole.Text;

/// <summary>The text of the round analyses (which rule to relax, comparing two rounds), in one language.</summary>
public sealed class AnalysisText
{
    public required string RelaxTitle { get; init; }

    public required string RelaxIntro { get; init; }

    public required string RelaxStart { get; init; }

    public required string RelaxRunning { get; init; }

    public required string RelaxNone { get; init; }

    public required string Rule { get; init; }

    public required string Change { get; init; }

    public required string MatchedDelta { get; init; }

    public required string MeanScoreDelta { get; init; }

    public required string Failed { get; init; }

    public required string HoursUnit { get; init; }

    /// <summary>Names of the rules a dry run can loosen, by <see cref="Rounds.RelaxableRule"/> name.</summary>
    public required IReadOnlyDictionary<string, string> RuleNames { get; init; }

    public required string OwnPolicy { get; init; }

    public required string OwnPolicyHint { get; init; }

    public required string CompareTitle { get; init; }

    public required string CompareLink { get; init; }

    public required string FirstRound { get; init; }

    public required string SecondRound { get; init; }

    public required string Compare { get; init; }

    public required string Figure { get; init; }

    public required string Changes { get; init; }

    public required string NoChanges { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    public required string Unmatched { get; init; }

    public required string PageOf { get; init; }

    public required string NeedTwoRounds { get; init; }
}
