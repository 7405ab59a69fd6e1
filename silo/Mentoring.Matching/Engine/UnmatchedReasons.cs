using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Says why a mentee was left out: which rule removed most of its mentors, or that every feasible one filled up.</summary>
internal static class UnmatchedReasons
{
    public static UnmatchedMentee For(PairScorer scorer, CandidateGraph graph, int mentee) => For(scorer, graph, mentee, []);

    /// <param name="counted">Rule counts already gathered for this mentee (distributed rounds); empty to count here.</param>
    public static UnmatchedMentee For(PairScorer scorer, CandidateGraph graph, int mentee, ReadOnlySpan<int> counted)
    {
        var id = scorer.Mentees.Participants[mentee].Id;
        if (graph.MentorsOf(mentee).Length > 0)
        {
            return new UnmatchedMentee(id, "all feasible mentors were full", null);
        }

        if (scorer.Mentors.Count == 0)
        {
            return new UnmatchedMentee(id, "no feasible mentor: the round has no mentors", null) { Cause = UnmatchedCause.NoMentors };
        }

        Span<int> counts = stackalloc int[ExclusionCounter.RuleCount];
        if (counted.IsEmpty)
        {
            ExclusionCounter.Count(scorer, mentee, counts);
        }
        else
        {
            counted.CopyTo(counts);
        }

        var main = ExclusionRule.None;
        for (var rule = 1; rule < counts.Length; rule++)
        {
            if (counts[rule] > counts[(int)main] || main == ExclusionRule.None && counts[rule] > 0)
            {
                main = (ExclusionRule)rule;
            }
        }

        return main == ExclusionRule.None
            ? new UnmatchedMentee(id, "all feasible mentors were full", null)
            : new UnmatchedMentee(id, "no feasible mentor: " + ExclusionRuleText.Describe(main), main);
    }
}
