namespace Mentoring.Matching.Solvers;

/// <summary>
/// Exact maximum-weight matching on a general graph: Edmonds' blossom algorithm in its O(n^3) primal-dual form
/// (Galil, "Efficient algorithms for finding maximum matching in graphs", 1986), on integer weights.
/// </summary>
/// <remarks>
/// Conventions: edge k has endpoints 2k and 2k+1, and endpoint p belongs to vertex <c>_endpoint[p]</c>, so
/// p ^ 1 is the other end. Ids 0..n-1 are vertices, n..2n-1 are (possibly unused) blossoms.
/// Vertex duals are kept doubled (slack = du + dv - 2w) so that every dual update stays integral.
/// </remarks>
internal sealed partial class MaxWeightMatching
{
    private const int Free = 0;
    private const int SLabel = 1;
    private const int TLabel = 2;
    private const int Breadcrumb = 4;
    private const int NoEdge = -1;

    private readonly int _n;
    private readonly int[] _endpoint;
    private readonly long[] _weight;
    private readonly int[][] _neighbourEndpoints;
    private readonly int[] _mate;
    private readonly int[] _label;
    private readonly int[] _labelEnd;
    private readonly int[] _inBlossom;
    private readonly int[] _blossomParent;
    private readonly int[]?[] _blossomChildren;
    private readonly int[] _blossomBase;
    private readonly int[]?[] _blossomEndpoints;
    private readonly int[] _bestEdge;
    private readonly int[]?[] _blossomBestEdges;
    private readonly Stack<int> _unusedBlossoms;
    private readonly long[] _dual;
    private readonly bool[] _allowEdge;
    private readonly List<int> _queue = [];
    private readonly List<int> _leaves = [];
    private readonly int[] _bestEdgeTo;
    private readonly List<int> _bestEdgeToTouched = [];

    private MaxWeightMatching(int vertexCount, int[] from, int[] to, long[] weight)
    {
        _n = vertexCount;
        _weight = weight;
        _endpoint = new int[2 * from.Length];
        var degree = new int[vertexCount];
        for (var k = 0; k < from.Length; k++)
        {
            _endpoint[2 * k] = from[k];
            _endpoint[(2 * k) + 1] = to[k];
            degree[from[k]]++;
            degree[to[k]]++;
        }

        _neighbourEndpoints = new int[vertexCount][];
        for (var v = 0; v < vertexCount; v++)
        {
            _neighbourEndpoints[v] = new int[degree[v]];
            degree[v] = 0;
        }

        for (var k = 0; k < from.Length; k++)
        {
            _neighbourEndpoints[from[k]][degree[from[k]]++] = (2 * k) + 1;
            _neighbourEndpoints[to[k]][degree[to[k]]++] = 2 * k;
        }

        _mate = Filled(vertexCount, -1);
        _label = new int[2 * vertexCount];
        _labelEnd = Filled(2 * vertexCount, -1);
        _inBlossom = Enumerable.Range(0, vertexCount).ToArray();
        _blossomParent = Filled(2 * vertexCount, -1);
        _blossomChildren = new int[]?[2 * vertexCount];
        _blossomBase = Filled(2 * vertexCount, -1);
        _blossomEndpoints = new int[]?[2 * vertexCount];
        _bestEdge = Filled(2 * vertexCount, NoEdge);
        _blossomBestEdges = new int[]?[2 * vertexCount];
        _bestEdgeTo = Filled(2 * vertexCount, NoEdge);
        _unusedBlossoms = new Stack<int>(Enumerable.Range(vertexCount, vertexCount).Reverse());
        _dual = new long[2 * vertexCount];
        _allowEdge = new bool[from.Length];
        var maxWeight = weight.Length == 0 ? 0 : Math.Max(0, weight.Max());
        for (var v = 0; v < vertexCount; v++)
        {
            _blossomBase[v] = v;
            _dual[v] = maxWeight;
        }
    }

    /// <summary>Returns the mate of every vertex, -1 when unmatched; the total weight of the matching is maximum.</summary>
    public static int[] Run(int vertexCount, int[] from, int[] to, long[] weight, CancellationToken ct)
    {
        var solver = new MaxWeightMatching(vertexCount, from, to, weight);
        if (weight.Length > 0)
        {
            solver.RunStages(ct);
        }

        var mates = new int[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            mates[v] = solver._mate[v] >= 0 ? solver._endpoint[solver._mate[v]] : -1;
        }

        return mates;
    }

    private long Slack(int k) => _dual[_endpoint[2 * k]] + _dual[_endpoint[(2 * k) + 1]] - (2 * _weight[k]);

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }

    private static int At(int[] items, int index) => index < 0 ? items[index + items.Length] : items[index];
}
