using BenchmarkDotNet.Attributes;
using Mentoring.Domain;
using Mentoring.Matching;
using Mentoring.Matching.Solvers;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Optimal (min cost flow) solve on top-32 graphs, capacities 1-6.</summary>
[MemoryDiagnoser]
public class OptimalSolverBenchmarks
{
    private CandidateGraph _graph = null!;
    private MatchingPolicy _policy = null!;

    [Params("10000x2000", "50000x10000")]
    public string Size { get; set; } = "10000x2000";

    [Params(false, true)]
    public bool FairLoad { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchmarkGraphs.TopK(Size, 32);
        _policy = MatchingPolicy.Default with { FairLoad = FairLoad };
    }

    [Benchmark]
    public Assignment Solve() => new OptimalSolver().Solve(_graph, _policy, CancellationToken.None);
}
