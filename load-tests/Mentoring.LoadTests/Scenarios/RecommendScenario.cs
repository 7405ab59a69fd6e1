using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Recommendations at --rate per second for --seconds (open loop), with profile updates at --update-rate alongside;
/// with --warmup-seconds, the same traffic runs first for that long and is reported on its own rows. The measured
/// traffic is also reported per 10 s window.
/// </summary>
public static class RecommendScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        // Windows of 10 s show when the tail happens (tiered JIT in the first ones after start, for instance).
        var window = TimeSpan.FromSeconds(10);
        var traffic = new ServiceTraffic(context, programme, window);
        await traffic.WarmUpAsync(ct);
        ServiceTraffic? warmUp = null;
        if (options.WarmUpSeconds > 0)
        {
            // The servers' tiered JIT still recompiles hot code for some seconds after start: a warmed service is measured apart.
            context.Log.WriteLine($"warm-up: the same traffic for {options.WarmUpSeconds} s, reported apart");
            warmUp = new ServiceTraffic(context, programme, label: ", warm-up (not in the figures)");
            await warmUp.RunAsync(TimeSpan.FromSeconds(options.WarmUpSeconds), ct);
        }

        context.Log.WriteLine($"recommendations at {options.Rate}/s and updates at {options.UpdateRate}/s for {options.Seconds} s");
        await traffic.RunAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        var (_, echo) = await traffic.CompareWithEchoAsync(ct);
        if (warmUp is not null)
        {
            context.Report.Latencies.Add(new LatencyComparison("recommendations, warm-up",
                warmUp.Recommendations.Summarise(warmUp.RecommendationsElapsed), echo,
                $"the same echo baseline; the warm-up ran {options.WarmUpSeconds} s before the measured {options.Seconds} s"));
        }

        TrafficWindows.Add(context.Report, traffic, window);
        IssueTargets.Recommendations(context, traffic.Recommendations.Summarise(traffic.RecommendationsElapsed), programme.Data.Mentors.Count());
    }
}
