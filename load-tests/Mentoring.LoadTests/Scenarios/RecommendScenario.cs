using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Recommendations at --rate per second for --seconds (open loop), with profile updates at --update-rate alongside.</summary>
public static class RecommendScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var traffic = new ServiceTraffic(context, programme);
        await traffic.WarmUpAsync(ct);
        context.Log.WriteLine($"recommendations at {options.Rate}/s and updates at {options.UpdateRate}/s for {options.Seconds} s");
        await traffic.RunAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        await traffic.CompareWithEchoAsync(ct);
        IssueTargets.Recommendations(context, traffic.Recommendations.Summarise(traffic.RecommendationsElapsed), programme.Data.Mentors.Count());
    }
}
