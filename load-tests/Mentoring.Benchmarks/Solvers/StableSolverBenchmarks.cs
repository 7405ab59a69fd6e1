using BenchmarkDotNet.Attributes;
using Mentoring.Domain;
using Mentoring.Matching;
using Mentoring.Matching.Solvers;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Deferred acceptance at 50,000 x 10,000 with top-32 candidates; target well under 3 s.</summary>
[MemoryDiagnoser]
public class StableSolverBenchmarks
{
    private CandidateGraph _graph = null!;

    [Params(ProposingSide.Mentees, ProposingSide.Mentors)]
    public ProposingSide Side { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraphs.TopK("50000x10000", 32);

    [Benchmark]
    public Assignment Solve() => new StableSolver(Side).Solve(_graph, MatchingPolicy.Default, CancellationToken.None);
}
