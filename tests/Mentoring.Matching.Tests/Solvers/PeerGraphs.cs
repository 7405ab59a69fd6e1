using CsCheck;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

internal static class PeerGraphs
{
    /// <summary>Random general graphs with about half of all pairs as edges; coarse scores make ties common.</summary>
    public static Gen<PeerGraph> Random(int maxVertices, int scoreSteps) =>
        from n in Gen.Int[0, maxVertices]
        from cells in Gen.Int[-scoreSteps, scoreSteps].Array[n * n]
        select new PeerGraph(
            n,
            [.. Enumerable.Range(0, n * n)
                .Where(cell => cell / n < cell % n && cells[cell] > 0)
                .Select(cell => new PeerEdge(cell / n, cell % n, cells[cell] / (float)scoreSteps))]);

    public static PeerEdge[] EdgesOf(PeerGraph graph) =>
        [.. Enumerable.Range(0, graph.EdgeCount).Select(k => new PeerEdge(graph.U[k], graph.V[k], graph.Scores[k]))];

    public static string Describe(PeerGraph graph) =>
        $"n={graph.VertexCount} " + string.Join(' ', EdgesOf(graph).Select(e => $"({e.U},{e.V},{e.Score})"));

    public static void AssertValidMatching(PeerGraph graph, int[] mate)
    {
        Assert.Equal(graph.VertexCount, mate.Length);
        var edges = EdgesOf(graph).Select(e => (e.U, e.V)).ToHashSet();
        for (var v = 0; v < mate.Length; v++)
        {
            if (mate[v] == -1)
            {
                continue;
            }

            Assert.Equal(v, mate[mate[v]]);
            Assert.Contains((Math.Min(v, mate[v]), Math.Max(v, mate[v])), edges);
        }
    }
}
