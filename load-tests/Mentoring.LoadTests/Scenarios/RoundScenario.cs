using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// A round at a given scale: imports --mentees x --mentors, runs a first round as a dry run (cold server) and a second
/// one that publishes (warm), each against the in-process engine on the same data, cold and warm respectively.
/// </summary>
public static class RoundScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var options = context.Options;
        var programme = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var first = await RoundRunner.RunAsync(context, programme, "load-cold", dryRun: true, ct);
        var second = await RoundRunner.RunAsync(context, programme, "load-warm", dryRun: false, ct);

        var baseline = new InProcessBaseline(programme);
        RoundReporting.Add(context, programme, 1, "first round (dry run, cold server)", first, baseline);
        RoundReporting.Add(context, programme, 2, "second round (published, warm server)", second, baseline);
    }
}
