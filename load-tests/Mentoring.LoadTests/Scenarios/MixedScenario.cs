using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// A live programme under a round. After the import, a first dry run warms the server and a second one runs alone; then
/// recommendations and profile updates run at fixed rates for --seconds, and the same dry run starts a tenth of the way
/// in. The round under traffic is compared with the same round alone (same run), and with the in-process engine, and the
/// traffic is reported by the phase of that round it was due in.
/// </summary>
public static class MixedScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var cold = await RoundRunner.RunAsync(context, programme, "load-mixed-cold", dryRun: true, ct);
        var alone = await RoundRunner.RunAsync(context, programme, "load-mixed-alone", dryRun: true, ct);
        var traffic = new ServiceTraffic(context, programme, keepSamples: true);
        await traffic.WarmUpAsync(ct);

        context.Log.WriteLine($"mixed: recommendations {options.Rate}/s, updates {options.UpdateRate}/s for {options.Seconds} s, one round during it");
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var interactive = traffic.RunAsync(duration, ct);
        await Task.Delay(duration / 10, ct);
        var loaded = await RoundRunner.RunAsync(context, programme, "load-mixed", dryRun: true, ct);
        await interactive;

        var (recommendations, echo) = await traffic.CompareWithEchoAsync(ct);
        PhaseTraffic.Add(context.Report, traffic, loaded, duration);
        var baseline = new InProcessBaseline(programme);
        RoundReporting.Add(context, programme, 1, "dry run, first after start, alone", cold, baseline);
        RoundReporting.Add(context, programme, 2, "dry run, warm, alone", alone, baseline);
        RoundReporting.Add(context, programme, 2, "dry run while recommendations and updates run", loaded, baseline,
            dataChangedByUpdates: options.UpdateRate > 0);
        context.Report.Timings.Add(new Reports.TimingComparison("round under traffic: dry run while recommendations and updates run",
            loaded.Elapsed.TotalSeconds, "the same dry run alone, warm, same run", alone.Elapsed.TotalSeconds,
            $"{loaded.Round.State} under traffic, {alone.Round.State} alone"));
        IssueTargets.RoundUnderTraffic(context, programme.Data.Mentees.Count(), loaded, alone, recommendations, echo);
        IssueTargets.Recommendations(context, recommendations, programme.Data.Mentors.Count());
    }
}
