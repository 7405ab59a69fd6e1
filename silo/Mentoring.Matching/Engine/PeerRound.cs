using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching;

/// <summary>
/// Peer rounds: one person may sit on either side, so the directed candidate graph is folded into an undirected one.
/// A pair's weight is the mean of both directions, and both directions must be feasible. The objective is the
/// maximum total weight (docs/MATCHING.md): a heavier pair beats two lighter ones, whatever the policy's
/// <see cref="MatchingPolicy.MaximiseMatchCount"/>, which belongs to the optimal solver.
/// </summary>
internal static class PeerRound
{
    public static int[] Solve(PairScorer scorer, CandidateGraph graph, CancellationToken ct)
    {
        var edges = new Dictionary<(int, int), float>();
        for (var u = 0; u < graph.MenteeCount; u++)
        {
            var mentors = graph.MentorsOf(u);
            var scores = graph.ScoresOf(u);
            for (var i = 0; i < mentors.Length; i++)
            {
                var v = mentors[i];
                var key = u < v ? (u, v) : (v, u);
                if (edges.ContainsKey(key) || scorer.Evaluate(v, u, out var reverse) != ExclusionRule.None)
                {
                    continue;
                }

                edges.Add(key, (scores[i] + reverse) * 0.5f);
            }
        }

        var list = edges.Select(e => new PeerEdge(e.Key.Item1, e.Key.Item2, e.Value)).ToArray();
        return new PeerSolver().Solve(new PeerGraph(graph.MenteeCount, list), ct);
    }

    /// <summary>The symmetric weight the peer solver used for a pair, for reporting.</summary>
    public static float Weight(PairScorer scorer, int u, int v)
    {
        scorer.Evaluate(u, v, out var forward);
        scorer.Evaluate(v, u, out var reverse);
        return (forward + reverse) * 0.5f;
    }
}
