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

        var reasons = new List<string>(MaxReasons);
        if (rule != ExclusionRule.None)
        {
            reasons.Add("excluded: " + ExclusionRuleText.Describe(rule));
        }

        // Positive contributions, largest first, ties by component order: an insertion sort over at most 12 entries.
        Span<int> order = stackalloc int[ComponentScores.Count];
        Span<float> contribution = stackalloc float[ComponentScores.Count];
        var ranked = 0;
        for (var c = 0; c < ComponentScores.Count; c++)
        {
            var value = scorer.Coefficient((ScoreComponent)c) * raw[c];
            if (value <= 0)
            {
                continue;
            }

            var at = ranked++;
            while (at > 0 && contribution[at - 1] < value)
            {
                order[at] = order[at - 1];
                contribution[at] = contribution[at - 1];
                at--;
            }

            order[at] = c;
            contribution[at] = value;
        }

        for (var i = 0; i < ranked && reasons.Count < MaxReasons; i++)
        {
            if (ReasonText.For((ScoreComponent)order[i], scorer, mentee, mentor) is { } text)
            {
                reasons.Add(text);
            }
        }

        var a = scorer.Mentees.Participants[mentee];
        var b = scorer.Mentors.Participants[mentor];
        return new PairExplanation(a.Id, b.Id, total, breakdown, reasons, rule);
    }
}
