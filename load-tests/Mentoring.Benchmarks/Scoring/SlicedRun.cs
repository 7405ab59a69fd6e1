using System.Diagnostics;
using System.Globalization;
using Mentoring.Domain;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;

namespace Mentoring.Benchmarks.Scoring;

/// <summary>
/// `sliced [mentees mentors [batch [seed]]]`: the cluster's path through one round in process: encode, cut into slices
/// of batch x batch, score each slice, then merge, solve and explain on one worker thread, as a silo's background lane
/// of one worker runs them on two cores. Warm (a small round first); prints each phase.
/// </summary>
public static class SlicedRun
{
    public static int Run(string[] args)
    {
        var mentees = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var mentors = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4096;
        var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        Console.WriteLine($"cores={Environment.ProcessorCount} seed={seed} batch={batch}");
        var warmUp = BenchmarkProgrammes.Generate(4_000, 1_000, seed);
        Round(warmUp.Programme, warmUp.Participants, batch, print: false);
        var (programme, people, _) = BenchmarkProgrammes.Generate(mentees, mentors, seed);
        for (var run = 0; run < 3; run++)
        {
            Round(programme, people, batch, print: true);
        }

        return 0;
    }

    private static void Round(Programme programme, IReadOnlyList<Participant> people, int batch, bool print)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var round = DistributedRound.Prepare(new MatchingRequest(programme, people));
        var prepared = clock.Elapsed;
        var blocks = round.Plan(batch, batch).AsParallel().Select(bounds => SliceScorer.Score(round.Slice(bounds))).ToList();
        var scored = clock.Elapsed;

        // One worker, as the lane: the library's loops take the current scheduler, here an exclusive one.
        var lane = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var result = Task.Factory.StartNew(() => round.Complete(blocks), CancellationToken.None, TaskCreationOptions.None, lane).GetAwaiter().GetResult();
        var t = result.Timings;
        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round.MenteeCount} x {round.MentorCount}: encode {Ms(prepared)} | score {blocks.Count} slices {Ms(scored - prepared)} | merge {Ms(t.Score)} | solve {Ms(t.Solve)} | explain {Ms(t.Explain)} | matched {result.Summary.MatchedCount}"));
        }
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F0} ms");
}
