using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Explains single pairs. Off the hot path, so it may allocate; the numbers come from <see cref="PairScorer.Evaluate(int, int, ref ComponentScores, out float)"/>.</summary>
public static class PairExplainer
{
    private const int MaxReasons = 3;

    public static PairExplanation Explain(PairScorer scorer, string menteeId, string mentorId)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var mentee = scorer.Mentees.IndexOf(menteeId);
        var mentor = scorer.Mentors.IndexOf(mentorId);
        if (mentee < 0 || mentor < 0)
        {
            throw new ArgumentException($"'{(mentee < 0 ? menteeId : mentorId)}' is not a participant on that side of the round.");
        }

        return Explain(scorer, mentee, mentor);
    }

    public static PairExplanation Explain(PairScorer scorer, int mentee, int mentor)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var raw = default(ComponentScores);
        var rule = scorer.Evaluate(mentee, mentor, ref raw, out var total);
        var breakdown = new Dictionary<ScoreComponent, double>(ComponentScores.Count);
        for (var c = 0; c < ComponentScores.Count; c++)
        {
            breakdown[(ScoreComponent)c] = raw[c];
        }

        var a = scorer.Mentees.Participants[mentee];
        var b = scorer.Mentors.Participants[mentor];
        var reasons = new List<string>(MaxReasons);
        if (rule != ExclusionRule.None)
        {
            reasons.Add("excluded: " + ExclusionRuleText.Describe(rule));
        }

        var ranked = Enumerable.Range(0, ComponentScores.Count)
            .Select(c => (Component: (ScoreComponent)c, Contribution: scorer.Coefficient((ScoreComponent)c) * raw[c]))
            .Where(x => x.Contribution > 0)
            .OrderByDescending(x => x.Contribution)
            .ThenBy(x => x.Component);
        foreach (var (component, _) in ranked)
        {
            if (reasons.Count == MaxReasons)
            {
                break;
            }

            if (ReasonText.For(component, a, b) is { } text)
            {
                reasons.Add(text);
            }
        }

        return new PairExplanation(a.Id, b.Id, total, breakdown, reasons, rule);
    }
}
