using System.Diagnostics;
using System.Globalization;
using Mentoring.Domain;
using Mentoring.Matching;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>
/// `kernel [mentees mentors [repeats]]`: a quick Stopwatch loop over the row kernel alone (no top-K), the bare overlap
/// kernel and the full candidate-graph build, for comparing builds side by side without a BenchmarkDotNet run. Besides
/// wall-clock pairs/s it prints CPU nanoseconds per pair (process CPU time), which other jobs on the machine disturb less.
/// </summary>
public static class KernelRun
{
    public static int Run(string[] args)
    {
        var mentees = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var mentors = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var (programme, people, _) = BenchmarkProgrammes.Generate(mentees, mentors, seed: 7);
        var round = FeatureEncoder.Encode(programme, people.Where(p => p.IsMentee).ToArray(), people.Where(p => p.IsMentor).ToArray());
        var scorer = new PairScorer(round, [], round.Mentors.Participants.Select(p => p.Capacity).ToArray());
        using var rows = new ThreadLocal<float[]>(() => new float[mentors]);
        double pairs = (double)mentees * mentors;
        for (var r = 0; r < repeats; r++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Parallel.For(0, mentees, mentee =>
            {
                var row = rows.Value!;
                var words = scorer.Mentors.Words;
                var stride = round.Layout.Stride;
                var at = round.Layout.Availability;
                var a = scorer.Mentees.Row(mentee);
                ulong a0 = a[at], a1 = a[at + 1], a2 = a[at + 2];
                for (var mentor = 0; mentor < row.Length; mentor++)
                {
                    var b = (mentor * stride) + at;
                    row[mentor] = System.Numerics.BitOperations.PopCount(a0 & words[b]) + System.Numerics.BitOperations.PopCount(a1 & words[b + 1]) + System.Numerics.BitOperations.PopCount(a2 & words[b + 2]);
                }
            });
            var bare = clock.Elapsed.TotalSeconds;
            var bareCpu = CpuSince(process, ref cpu);
            clock.Restart();
            Parallel.For(0, mentees, mentee => RowKernel.ScoreRow(scorer, mentee, rows.Value!));
            var full = clock.Elapsed.TotalSeconds;
            var fullCpu = CpuSince(process, ref cpu);
            clock.Restart();
            _ = CandidateGraphBuilder.Build(scorer, MatchingPolicy.Default.TopK);
            var graph = clock.Elapsed.TotalSeconds;
            var graphCpu = CpuSince(process, ref cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bare {pairs / bare / 1e6:F0} M/s | full {pairs / full / 1e6:F0} M/s ({full / bare:F2}x bare) | full+top-K {pairs / graph / 1e6:F0} M/s ({graph / bare:F2}x bare) | cpu ns/pair bare {bareCpu / pairs * 1e9:F2} full {fullCpu / pairs * 1e9:F2} full+top-K {graphCpu / pairs * 1e9:F2}"));
        }

        return 0;
    }

    private static double CpuSince(Process process, ref TimeSpan last)
    {
        process.Refresh();
        var now = process.TotalProcessorTime;
        var seconds = (now - last).TotalSeconds;
        last = now;
        return seconds;
    }
}
