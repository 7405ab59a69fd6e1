namespace Mentoring.Matching.Solvers;

/// <summary>
/// Pairs peers (everyone may mentor or be mentored) by exact maximum-weight matching on a general graph.
/// Weights are scores in micro-points (<see cref="ScoreScale"/>). With <c>maximiseMatchCount</c> every edge also
/// carries a bonus above any possible weight difference, so the most pairs come first and total score second.
/// </summary>
public sealed class PeerSolver(bool maximiseMatchCount = false)
{
    public bool MaximiseMatchCount { get; } = maximiseMatchCount;

    /// <summary>Returns each vertex's partner, -1 when unpaired.</summary>
    public int[] Solve(PeerGraph graph, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ct.ThrowIfCancellationRequested();
        var weights = new long[graph.EdgeCount];
        var scores = graph.Scores;
        long maxUnits = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = ScoreScale.ToUnits(scores[k]);
            maxUnits = Math.Max(maxUnits, weights[k]);
        }

        if (MaximiseMatchCount)
        {
            // A matching has at most n/2 edges, so total score differs by less than (n/2) x max weight + 1.
            var bonus = checked(((graph.VertexCount / 2L) * maxUnits) + 1);
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] += bonus;
            }
        }

        return MaxWeightMatching.Run(graph.VertexCount, graph.U.ToArray(), graph.V.ToArray(), weights, ct);
    }
}
