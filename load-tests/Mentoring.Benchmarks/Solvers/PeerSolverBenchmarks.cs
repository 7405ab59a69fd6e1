using BenchmarkDotNet.Attributes;
using Mentoring.Matching.Solvers;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Exact blossom matching on 2,000 peers, each keeping its top K partners; target at most 5 s.</summary>
[MemoryDiagnoser]
public class PeerSolverBenchmarks
{
    private PeerGraph _graph = null!;

    [Params(16, 32)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = SyntheticPeerGraphs.TopK(new SyntheticScores(2_000, 2_000, BenchmarkGraphs.Seed), K);

    [Benchmark]
    public int[] Solve() => new PeerSolver().Solve(_graph, CancellationToken.None);
}
