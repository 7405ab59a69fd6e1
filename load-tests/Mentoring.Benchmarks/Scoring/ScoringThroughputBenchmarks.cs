using System.Numerics;
using BenchmarkDotNet.Attributes;
using Mentoring.Domain;
using Mentoring.Matching;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>
/// Pairs scored per second on all cores: the full component set (row kernel plus pair facts) against a bare kernel that
/// only popcounts the availability overlap. Each invocation scores Mentees x Mentors pairs.
/// </summary>
[ShortRunJob]
public class ScoringThroughputBenchmarks
{
    private const int Mentees = 2_000;
    private const int Mentors = 2_000;
    private const int Pairs = Mentees * Mentors;

    private PairScorer _scorer = null!;
    private const int MenteesPerBlock = 32;

    private ThreadLocal<float[]> _rows = null!;
    private ThreadLocal<float[]> _blocks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (programme, people, _) = BenchmarkProgrammes.Generate(Mentees, Mentors, seed: 7);
        var round = FeatureEncoder.Encode(programme, people.Where(p => p.IsMentee).ToArray(), people.Where(p => p.IsMentor).ToArray());
        _scorer = new PairScorer(round, [], round.Mentors.Participants.Select(p => p.Capacity).ToArray());
        _rows = new ThreadLocal<float[]>(() => new float[Mentors]);
        _blocks = new ThreadLocal<float[]>(() => new float[MenteesPerBlock * Mentors]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rows.Dispose();
        _blocks.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs)]
    public void BareOverlapKernel() => Parallel.For(0, Mentees, mentee =>
    {
        var row = _rows.Value!;
        var words = _scorer.Mentors.Words;
        var stride = _scorer.Round.Layout.Stride;
        var at = _scorer.Round.Layout.Availability;
        var a = _scorer.Mentees.Row(mentee);
        ulong a0 = a[at], a1 = a[at + 1], a2 = a[at + 2];
        for (var mentor = 0; mentor < row.Length; mentor++)
        {
            var b = (mentor * stride) + at;
            row[mentor] = BitOperations.PopCount(a0 & words[b]) + BitOperations.PopCount(a1 & words[b + 1]) + BitOperations.PopCount(a2 & words[b + 2]);
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs)]
    public void FullScoring() => Parallel.For(0, Mentees, mentee => RowKernel.ScoreRow(_scorer, mentee, _rows.Value!));

    /// <summary>The engine's path: 32 mentees at a time share each tile of mentor columns while it is in cache.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public void FullScoringTiled() => Parallel.For(0, (Mentees + MenteesPerBlock - 1) / MenteesPerBlock, block =>
    {
        var first = block * MenteesPerBlock;
        RowKernel.ScoreRows(_scorer, first, Math.Min(MenteesPerBlock, Mentees - first), _blocks.Value!);
    });

    [Benchmark(OperationsPerInvoke = Pairs)]
    public void FullScoringScalar() => Parallel.For(0, Mentees, mentee =>
    {
        var row = _rows.Value!;
        RowKernel.ScoreIntrinsic(_scorer, mentee, row);
        RowKernel.ApplyPairFacts(_scorer, mentee, row);
    });

    [Benchmark(OperationsPerInvoke = Pairs)]
    public void FullScoringWithTopK()
    {
        _ = CandidateGraphBuilder.Build(_scorer, MatchingPolicy.Default.TopK);
    }
}
