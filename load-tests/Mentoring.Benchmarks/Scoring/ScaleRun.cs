using System.Diagnostics;
using System.Globalization;
using Mentoring.Domain;
using Mentoring.Matching;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>
/// `scale [mentees mentors [seed [mode [cold]]]]`: one whole in-process round on synthetic data, timed per phase.
/// Without arguments runs 10,000 x 2,000 and 50,000 x 10,000 in optimal mode. `cold` skips the warm-up round, as a
/// service that runs a round now and then would see it.
/// </summary>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var mode = args.Length > 3 ? Enum.Parse<SolverMode>(args[3], ignoreCase: true) : SolverMode.Optimal;
        var cold = args.Length > 4 && args[4] == "cold";
        (int Mentees, int Mentors)[] sizes = args.Length > 1
            ? [(int.Parse(args[0], CultureInfo.InvariantCulture), int.Parse(args[1], CultureInfo.InvariantCulture))]
            : [(10_000, 2_000), (50_000, 10_000)];

        Console.WriteLine($"cores={Environment.ProcessorCount} seed={seed} mode={mode} server-gc={System.Runtime.GCSettings.IsServerGC} cold={cold}");
        var engine = new MatchingEngine();

        // A small warm-up round so the JIT is not part of the first measurement.
        if (!cold)
        {
            var warmUp = BenchmarkProgrammes.Generate(4_000, 1_000, seed);
            engine.Run(new MatchingRequest(warmUp.Programme, warmUp.Participants) { Solver = mode });
        }

        foreach (var (mentees, mentors) in sizes)
        {
            var (programme, people, _) = BenchmarkProgrammes.Generate(mentees, mentors, seed);
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var result = engine.Run(new MatchingRequest(programme, people) { Solver = mode });
            var wall = clock.Elapsed;
            var t = result.Timings;
            var s = result.Summary;
            var pairsPerSecond = (double)mentees * mentors / t.Score.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mentees} x {mentors}: encode {Ms(t.Encode)} | score+top-K {Ms(t.Score)} ({pairsPerSecond / 1e6:F0} M pairs/s) | solve {Ms(t.Solve)} | explain {Ms(t.Explain)} | round {Ms(wall)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  edges {s.CandidateEdges}, matched {s.MatchedCount}/{s.MenteeCount} ({s.MatchRate:P1}), mean {s.MeanScore:F3}, p10/p50/p90 {s.P10:F3}/{s.P50:F3}/{s.P90:F3}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        }

        return 0;
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F0} ms");
}
