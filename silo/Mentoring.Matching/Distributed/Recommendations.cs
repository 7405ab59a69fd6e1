using System.Buffers;

namespace Mentoring.Matching.Distributed;

/// <summary>
/// Top-N feasible mentors for one mentee, best score first, ties by mentor id (ordinal), each with its breakdown and
/// reasons. Independent of the solve: a recommended mentor may be taken by someone else in the round.
/// </summary>
public static class Recommendations
{
    public static IReadOnlyList<ProposedMatch> For(MatchingRequest request, string menteeId, int topN) =>
        DistributedRound.Prepare(request).Recommend(menteeId, topN);

    internal static IReadOnlyList<ProposedMatch> For(PairScorer scorer, string menteeId, int topN)
    {
        ArgumentNullException.ThrowIfNull(menteeId);
        ArgumentOutOfRangeException.ThrowIfNegative(topN);
        var mentee = scorer.Mentees.IndexOf(menteeId);
        if (mentee < 0)
        {
            throw new ArgumentException($"'{menteeId}' is not a mentee of this round.", nameof(menteeId));
        }

        return Best(scorer, mentee, topN)
            .Select(c =>
            {
                var why = PairExplainer.Explain(scorer, mentee, c.Mentor);
                return new ProposedMatch(why.MenteeId, why.MentorId, c.Score, why.Breakdown, why.Reasons);
            })
            .ToList();
    }

    /// <summary>The best <paramref name="topN"/> feasible mentors of one mentee, by score then mentor index (ordinal id order).</summary>
    internal static IEnumerable<(int Mentor, float Score)> Best(PairScorer scorer, int mentee, int topN)
    {
        if (topN == 0 || scorer.Mentors.Count == 0)
        {
            return [];
        }

        // A request's row is as long as the mentor pool (40 KB at 10,000): rented, so a request leaves no garbage of that size.
        var count = scorer.Mentors.Count;
        var rented = ArrayPool<float>.Shared.Rent(count);
        TopKSelector selector;
        try
        {
            var row = rented.AsSpan(0, count);
            RowKernel.ScoreRow(scorer, mentee, row);
            selector = new TopKSelector(Math.Min(topN, count));
            selector.Select(row, Math.Max(scorer.Policy.MinimumScore, float.Epsilon));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }

        var mentors = new int[selector.Count];
        var scores = new float[selector.Count];
        selector.CopySorted(mentors, scores);
        return mentors
            .Select((mentor, i) => (Mentor: mentor, Score: scores[i]))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Mentor);
    }
}
