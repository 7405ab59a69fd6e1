namespace Mentoring.WebConsole.Text;

/// <summary>The round analyses in English.</summary>
public static class EnglishAnalysisText
{
    public static AnalysisText Value { get; } = new()
    {
        RelaxTitle = "Which rule to relax",
        RelaxIntro = "Dry runs with one hard rule loosened at a time show what each change would bring. The programme is not changed.",
        RelaxStart = "Try loosening the rules",
        RelaxRunning = "Running the dry runs",
        RelaxNone = "No rule of the programme's policy explains the unmatched mentees.",
        Rule = "Rule",
        Change = "Change",
        MatchedDelta = "Matched",
        MeanScoreDelta = "Mean score Δ",
        Failed = "failed",
        HoursUnit = "h",
        RuleNames = new Dictionary<string, string>
        {
            ["TimeZoneDistance"] = "Maximum time-zone distance",
            ["MinimumOverlap"] = "Minimum overlap",
            ["MinimumScore"] = "Minimum score",
        },
        OwnPolicy = "with a policy of its own",
        OwnPolicyHint = "This dry run used a policy of its own, not the programme's. To publish with it, change the programme's policy and start a new dry run.",
        CompareTitle = "Compare two rounds",
        CompareLink = "Compare two rounds",
        FirstRound = "First round",
        SecondRound = "Second round",
        Compare = "Compare",
        Figure = "Figure",
        Changes = "People whose match changes",
        NoChanges = "No mentee's match changes.",
        Before = "Mentor before",
        After = "Mentor after",
        Unmatched = "unmatched",
        PageOf = "Page {0} of {1}",
        NeedTwoRounds = "Pick two different finished rounds.",
    };
}
