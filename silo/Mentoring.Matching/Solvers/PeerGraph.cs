namespace Mentoring.Matching.Solvers;

/// <summary>
/// Undirected graph of feasible peer pairs. Edges are stored canonically (U &lt; V, sorted by U then V), so any
/// ordering of the same edges builds the same graph and therefore the same matching.
/// </summary>
public sealed class PeerGraph
{
    private readonly int[] _u;
    private readonly int[] _v;
    private readonly float[] _scores;

    public PeerGraph(int vertexCount, ReadOnlySpan<PeerEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        var canonical = new PeerEdge[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            var (u, v, score) = edges[i];
            if ((uint)u >= (uint)vertexCount || (uint)v >= (uint)vertexCount || u == v)
            {
                throw new ArgumentException($"Edge {i} ({u}, {v}) must join two distinct vertices below {vertexCount}.", nameof(edges));
            }

            if (!float.IsFinite(score) || score <= 0)
            {
                throw new ArgumentException($"Edge {i} ({u}, {v}) has score {score}; scores must be in (0, 1].", nameof(edges));
            }

            canonical[i] = u < v ? edges[i] : new PeerEdge(v, u, score);
        }

        Array.Sort(canonical, static (a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        for (var i = 1; i < canonical.Length; i++)
        {
            if (canonical[i].U == canonical[i - 1].U && canonical[i].V == canonical[i - 1].V)
            {
                throw new ArgumentException($"Pair ({canonical[i].U}, {canonical[i].V}) appears twice.", nameof(edges));
            }
        }

        VertexCount = vertexCount;
        _u = canonical.Select(e => e.U).ToArray();
        _v = canonical.Select(e => e.V).ToArray();
        _scores = canonical.Select(e => e.Score).ToArray();
    }

    public int VertexCount { get; }

    public int EdgeCount => _u.Length;

    public ReadOnlySpan<int> U => _u;

    public ReadOnlySpan<int> V => _v;

    public ReadOnlySpan<float> Scores => _scores;
}
