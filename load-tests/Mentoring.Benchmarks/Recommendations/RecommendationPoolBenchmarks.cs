using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mentoring.Benchmarks.Scoring;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;

namespace Mentoring.Benchmarks.Recommendations;

/// <summary>
/// What a silo's recommendation cache costs per rebuild, and a request per mentee, on the mixed scenario's programme
/// (50,000 mentees, 10,000 mentors): the whole round's encoding (the baseline, what the cache held before) against the
/// mentor-only pool.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RecommendationPoolBenchmarks
{
    private const int Mentees = 50_000;
    private const int Mentors = 10_000;

    private MatchingRequest _request = null!;
    private DistributedRound _round = null!;
    private RecommendationPool _pool = null!;
    private string[] _menteeIds = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (programme, people, _) = BenchmarkProgrammes.Generate(Mentees, Mentors, seed: 7);
        _request = new MatchingRequest(programme, people);
        _round = DistributedRound.Prepare(_request);
        _pool = RecommendationPool.Prepare(_request);
        _menteeIds = [.. people.Where(p => p.IsMentee).Select(p => p.Id)];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("prepare")]
    public DistributedRound PrepareWholeRound() => DistributedRound.Prepare(_request);

    [Benchmark]
    [BenchmarkCategory("prepare")]
    public RecommendationPool PreparePool() => RecommendationPool.Prepare(_request);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("request")]
    public IReadOnlyList<ProposedMatch> RecommendFromWholeRound() => _round.Recommend(NextMentee(), 10);

    [Benchmark]
    [BenchmarkCategory("request")]
    public IReadOnlyList<ProposedMatch> RecommendFromPool() => _pool.Recommend(NextMentee(), 10);

    private string NextMentee() => _menteeIds[_next++ % _menteeIds.Length];
}
