using Mentoring.Matching.Solvers;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Peer programmes: symmetric scores from one latent model; full graph or the union of every peer's top K.</summary>
public static class SyntheticPeerGraphs
{
    public static PeerGraph Full(SyntheticScores scores)
    {
        var n = scores.MenteeCount;
        var edges = new List<PeerEdge>(n * (n - 1) / 2);
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                edges.Add(new PeerEdge(u, v, Symmetric(scores, u, v)));
            }
        }

        return new PeerGraph(n, [.. edges]);
    }

    public static PeerGraph TopK(SyntheticScores scores, int k)
    {
        var n = scores.MenteeCount;
        var kept = new HashSet<(int, int)>();
        var row = new float[n];
        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                row[v] = v == u ? float.NegativeInfinity : Symmetric(scores, u, v);
            }

            foreach (var v in SyntheticGraphs.TopIndices(row, Math.Min(k, n - 1)))
            {
                kept.Add((Math.Min(u, v), Math.Max(u, v)));
            }
        }

        return new PeerGraph(n, [.. kept.Select(e => new PeerEdge(e.Item1, e.Item2, Symmetric(scores, e.Item1, e.Item2)))]);
    }

    // The model's mentee side doubles as every peer's taste; averaging both directions makes the score symmetric.
    private static float Symmetric(SyntheticScores scores, int u, int v) =>
        (scores.Score(u, v) + scores.Score(v, u)) / 2;
}
