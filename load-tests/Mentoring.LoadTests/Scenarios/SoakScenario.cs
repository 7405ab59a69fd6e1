using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// A soak bounded in time: recommendations and updates at fixed rates for --seconds, with a dry-run round every
/// --round-every seconds (dry runs keep the data the same, so every round stays comparable with the in-process
/// engine). Latencies and every process's memory are reported per window, to show drift and growth.
/// </summary>
public static class SoakScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var window = TimeSpan.FromSeconds(options.WindowSeconds > 0 ? options.WindowSeconds : Math.Max(5, options.Seconds / 10));
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var traffic = new ServiceTraffic(context, programme, window);
        await traffic.WarmUpAsync(ct);

        context.Log.WriteLine($"soak for {options.Seconds} s: recommendations {options.Rate}/s, updates {options.UpdateRate}/s, a round every {options.RoundEverySeconds} s");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var memory = SampleMemoryPerWindowAsync(context, window, duration, stop.Token);
        var rounds = RoundsAsync(context, programme, duration, stop.Token);
        await traffic.RunAsync(duration, ct);
        var outcomes = await rounds;
        var rss = await memory;

        await traffic.CompareWithEchoAsync(ct);
        var baseline = new InProcessBaseline(programme);
        for (var i = 0; i < outcomes.Count; i++)
        {
            RoundReporting.Add(context, programme, i + 1, $"soak round {i + 1} (dry run)", outcomes[i], baseline, dataChangedByUpdates: options.UpdateRate > 0);
        }

        TrafficWindows.Add(context.Report, traffic, window, rss);
        IssueTargets.Recommendations(context, traffic.Recommendations.Summarise(traffic.RecommendationsElapsed), programme.Data.Mentors.Count());
    }

    private static async Task<List<RoundRunner.Outcome>> RoundsAsync(ScenarioContext context, LoadedProgramme programme, TimeSpan duration, CancellationToken ct)
    {
        var outcomes = new List<RoundRunner.Outcome>();
        var every = TimeSpan.FromSeconds(context.Options.RoundEverySeconds);
        var clock = Stopwatch.StartNew();
        // No round starts in the last tenth, so that the soak ends on time.
        while (clock.Elapsed < duration * 0.9)
        {
            var started = clock.Elapsed;
            outcomes.Add(await RoundRunner.RunAsync(context, programme, $"soak-{outcomes.Count + 1}", dryRun: true, ct));
            var next = started + every;
            if (next >= duration * 0.9)
            {
                break;
            }

            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed, ct);
            }
        }

        return outcomes;
    }

    private static async Task<ConcurrentDictionary<int, IReadOnlyDictionary<string, long>>> SampleMemoryPerWindowAsync(
        ScenarioContext context, TimeSpan window, TimeSpan duration, CancellationToken ct)
    {
        var samples = new ConcurrentDictionary<int, IReadOnlyDictionary<string, long>>();
        using var timer = new PeriodicTimer(window);
        for (var index = 0; index * window < duration && await timer.WaitForNextTickAsync(ct); index++)
        {
            samples[index] = context.Memory.CurrentRss();
        }

        return samples;
    }
}
