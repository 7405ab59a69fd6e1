using System.Diagnostics;
using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Starts one round through the API and follows WatchRound until it is final; times start to final state.</summary>
public static class RoundRunner
{
    /// <param name="StartedTimestamp">The <see cref="Stopwatch"/> timestamp at which StartRound answered.</param>
    /// <param name="Phases">Each state as WatchRound first showed it, counted from <paramref name="StartedTimestamp"/>.</param>
    public sealed record Outcome(Round Round, TimeSpan Elapsed, long StartedTimestamp, IReadOnlyList<(RoundState State, TimeSpan Seen)> Phases)
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
        var started = clock.Elapsed;
        var startedTimestamp = Stopwatch.GetTimestamp();
        TimeSpan? pastSnapshot = null;
        var phases = new List<(RoundState State, TimeSpan Seen)>();
        using (var watch = context.Rounds.WatchRound(new WatchRoundRequest { Name = round.Name }, cancellationToken: timeout.Token))
        {
            while (await watch.ResponseStream.MoveNext(timeout.Token))
            {
                round = watch.ResponseStream.Current;
                if (phases.Count == 0 || phases[^1].State != round.State)
                {
                    phases.Add((round.State, clock.Elapsed - started));
                }

                if (pastSnapshot is null && round.State is RoundState.Scoring or RoundState.Solving or RoundState.Publishing or RoundState.Done)
                {
                    pastSnapshot = clock.Elapsed - started;
                }
            }
        }

        var outcome = new Outcome(round, clock.Elapsed, startedTimestamp, phases);
        if (pastSnapshot is { } snapshot)
        {
            // The watch stream polls the coordinator every 200 ms, so this is the snapshot phase to within that.
            context.Report.Notes.Add($"round {requestId}: {snapshot.TotalSeconds:F2} s from StartRound's answer to the first update past the snapshot " +
                $"(reading {programme.Data.Participants.Count:N0} participants; WatchRound resolution 200 ms)");
        }

        if (phases.Count > 1)
        {
            context.Report.Notes.Add($"round {requestId}, time in each phase as WatchRound saw it (200 ms resolution): " + PhaseTimeline.Describe(phases));
        }

        context.Log.WriteLine($"round {requestId}: {round.State} in {outcome.Elapsed.TotalSeconds:F2} s, matched {outcome.Matched:N0} of {round.Report?.MenteeCount ?? 0:N0}");
        return outcome;
    }
}
