using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

/// <summary>Reference for tiny general graphs: enumerates every matching; best by (count when asked, then weight units).</summary>
internal static class BruteForceMatching
{
    public static (int Count, long WeightUnits) Best(PeerGraph graph, bool maximiseCount)
    {
        var weight = new long[graph.VertexCount, graph.VertexCount];
        var adjacent = new bool[graph.VertexCount, graph.VertexCount];
        for (var k = 0; k < graph.EdgeCount; k++)
        {
            var (u, v) = (graph.U[k], graph.V[k]);
            adjacent[u, v] = adjacent[v, u] = true;
            weight[u, v] = weight[v, u] = ScoreScale.ToUnits(graph.Scores[k]);
        }

        var used = new bool[graph.VertexCount];
        var best = (Count: 0, Weight: 0L);

        void Visit(int v, int count, long total)
        {
            while (v < graph.VertexCount && used[v])
            {
                v++;
            }

            if (v == graph.VertexCount)
            {
                var better = maximiseCount
                    ? count > best.Count || (count == best.Count && total > best.Weight)
                    : total > best.Weight;
                if (better)
                {
                    best = (count, total);
                }

                return;
            }

            used[v] = true;
            Visit(v + 1, count, total);
            for (var w = v + 1; w < graph.VertexCount; w++)
            {
                if (!used[w] && adjacent[v, w])
                {
                    used[w] = true;
                    Visit(v + 1, count + 1, total + weight[v, w]);
                    used[w] = false;
                }
            }

            used[v] = false;
        }

        Visit(0, 0, 0);
        return best;
    }

    public static (int Count, long WeightUnits) Measure(PeerGraph graph, int[] mate)
    {
        var count = 0;
        long total = 0;
        for (var k = 0; k < graph.EdgeCount; k++)
        {
            if (mate[graph.U[k]] == graph.V[k])
            {
                count++;
                total += ScoreScale.ToUnits(graph.Scores[k]);
            }
        }

        return (count, total);
    }
}
