using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// A live programme under a round: recommendations and profile updates at fixed rates for --seconds, and a published
/// round started a tenth of the way in. The round is compared with the in-process engine run alone afterwards, so its
/// ratio includes the interference of the interactive traffic.
/// </summary>
public static class MixedScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var traffic = new ServiceTraffic(context, programme);
        await traffic.WarmUpAsync(ct);

        context.Log.WriteLine($"mixed: recommendations {options.Rate}/s, updates {options.UpdateRate}/s for {options.Seconds} s, one round during it");
        var duration = TimeSpan.FromSeconds(options.Seconds);
        var interactive = traffic.RunAsync(duration, ct);
        await Task.Delay(duration / 10, ct);
        var round = await RoundRunner.RunAsync(context, programme, "load-mixed", dryRun: false, ct);
        await interactive;

        await traffic.CompareWithEchoAsync(ct);
        RoundReporting.Add(context, programme, 1, "published while recommendations and updates run", round, new InProcessBaseline(programme),
            dataChangedByUpdates: options.UpdateRate > 0);
        IssueTargets.Recommendations(context, traffic.Recommendations.Summarise(traffic.RecommendationsElapsed), programme.Data.Mentors.Count());
    }
}
