namespace Mentoring.Matching;

/// <summary>Turns a solver's answer into explained matches, unmatched reasons and the summary.</summary>
internal sealed record RoundOutcome(IReadOnlyList<ProposedMatch> Matches, IReadOnlyList<UnmatchedMentee> Unmatched, MatchingSummary Summary)
{
    /// <param name="ruleCounts">Exclusion-rule counts per mentee (mentee x rule) gathered by distributed workers; counted here when null.</param>
    public static RoundOutcome Build(PairScorer scorer, CandidateGraph graph, int[] mentorOfMentee, bool peer, CancellationToken ct, int[]? ruleCounts = null)
    {
        var pairs = new List<(int Mentee, int Mentor, double Score)>();
        var unmatched = new List<int>();
        for (var mentee = 0; mentee < mentorOfMentee.Length; mentee++)
        {
            var mentor = mentorOfMentee[mentee];
            if (mentor < 0)
            {
                unmatched.Add(mentee);
            }
            else if (!peer)
            {
                pairs.Add((mentee, mentor, EdgeScore(graph, mentee, mentor)));
            }
            else if (mentee < mentor)
            {
                pairs.Add((mentee, mentor, PeerRound.Weight(scorer, mentee, mentor)));
            }
        }

        var matches = new ProposedMatch[pairs.Count];
        Parallel.For(0, pairs.Count, LoopOptions.For(ct), i =>
        {
            var (mentee, mentor, score) = pairs[i];
            var why = PairExplainer.Explain(scorer, mentee, mentor);
            matches[i] = new ProposedMatch(why.MenteeId, why.MentorId, score, why.Breakdown, why.Reasons);
        });

        var reasons = new UnmatchedMentee[unmatched.Count];
        Parallel.For(0, unmatched.Count, LoopOptions.For(ct), i =>
            reasons[i] = ruleCounts is null
                ? UnmatchedReasons.For(scorer, graph, unmatched[i])
                : UnmatchedReasons.For(scorer, graph, unmatched[i], ruleCounts.AsSpan(unmatched[i] * ExclusionCounter.RuleCount, ExclusionCounter.RuleCount)));

        var load = new int[graph.MentorCount];
        if (!peer)
        {
            foreach (var (_, mentor, _) in pairs)
            {
                load[mentor]++;
            }
        }

        var menteeCount = peer ? scorer.Mentees.Count : mentorOfMentee.Length;
        var matchedPeople = peer ? 2 * pairs.Count : pairs.Count;
        var summary = SummaryMath.Summarise(menteeCount, graph.MentorCount, matchedPeople, pairs.Select(p => p.Score).ToArray(), peer ? [] : load, graph.EdgeCount);
        return new RoundOutcome(matches, reasons, summary);
    }

    private static double EdgeScore(CandidateGraph graph, int mentee, int mentor)
    {
        var index = graph.MentorsOf(mentee).BinarySearch(mentor);
        if (index < 0)
        {
            throw new InvalidOperationException($"The solver assigned mentor {mentor} to mentee {mentee}, which is not a candidate pair.");
        }

        return graph.ScoresOf(mentee)[index];
    }
}
