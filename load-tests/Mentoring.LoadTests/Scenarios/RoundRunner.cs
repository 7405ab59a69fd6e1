using System.Diagnostics;
using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Starts one round through the API and follows WatchRound until it is final; times start to final state.</summary>
public static class RoundRunner
{
    public sealed record Outcome(Round Round, TimeSpan Elapsed)
    {
        public bool Done => Round.State == RoundState.Done;
        public int Matched => Round.Report?.MatchedCount ?? 0;
    }

    public static async Task<Outcome> RunAsync(ScenarioContext context, LoadedProgramme programme, string requestId, bool dryRun, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(context.Options.RoundTimeoutSeconds));
        var clock = Stopwatch.StartNew();
        var round = await context.Rounds.StartRoundAsync(
            new StartRoundRequest { Parent = programme.Name, RequestId = requestId, DryRun = dryRun }, cancellationToken: timeout.Token);
        using (var watch = context.Rounds.WatchRound(new WatchRoundRequest { Name = round.Name }, cancellationToken: timeout.Token))
        {
            while (await watch.ResponseStream.MoveNext(timeout.Token))
            {
                round = watch.ResponseStream.Current;
            }
        }

        var outcome = new Outcome(round, clock.Elapsed);
        context.Log.WriteLine($"round {requestId}: {round.State} in {outcome.Elapsed.TotalSeconds:F2} s, matched {outcome.Matched:N0} of {round.Report?.MenteeCount ?? 0:N0}");
        return outcome;
    }
}
