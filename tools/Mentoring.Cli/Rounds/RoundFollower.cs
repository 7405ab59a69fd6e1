using System.Globalization;
using Grpc.Core;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Rounds;

/// <summary>
/// Follows a round through WatchRound until it reaches a final state, with one progress bar per phase on a terminal.
/// Cancelling (Ctrl-C) only ends the watch: the round keeps running on the server.
/// </summary>
public static class RoundFollower
{
    private static readonly RoundState[] Phases = [RoundState.Snapshot, RoundState.Scoring, RoundState.Solving, RoundState.Publishing];

    /// <summary>The round in its final state, or null when the caller detached first.</summary>
    public static async Task<Round?> FollowAsync(CommandContext context, string roundName)
    {
        try
        {
            if (context.Json)
            {
                return await WatchAsync(context, roundName, _ => { });
            }

            if (!context.Environment.Interactive)
            {
                var last = RoundState.Unspecified;
                return await WatchAsync(context, roundName, round =>
                {
                    if (round.State != last)
                    {
                        last = round.State;
                        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round.State}: {round.Progress?.PairsScored ?? 0:N0} of {round.Progress?.PairsTotal ?? 0:N0} pairs scored"));
                    }
                });
            }

            return await context.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var tasks = Phases.ToDictionary(p => p, p => progress.AddTask(Label(p), autoStart: false, maxValue: 1));
                    return await WatchAsync(context, roundName, round => Show(tasks, round));
                });
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && context.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public static bool IsFinal(RoundState state) => state is RoundState.Done or RoundState.Failed or RoundState.Cancelled;

    private static async Task<Round> WatchAsync(CommandContext context, string roundName, Action<Round> update)
    {
        while (true)
        {
            Round? last = null;
            try
            {
                using var call = context.Api.Rounds.WatchRound(new WatchRoundRequest { Name = roundName }, cancellationToken: context.CancellationToken);
                while (await call.ResponseStream.MoveNext(context.CancellationToken))
                {
                    last = call.ResponseStream.Current;
                    update(last);
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded && !context.CancellationToken.IsCancellationRequested)
            {
                // The gateway caps long calls; the round goes on, so the watch simply starts again.
                continue;
            }

            // The stream ends after a final state; a stream that ended early is read once more so the caller sees where it is.
            var round = last is { } seen && IsFinal(seen.State)
                ? seen
                : await context.Api.Rounds.GetRoundAsync(new GetRoundRequest { Name = roundName }, cancellationToken: context.CancellationToken);
            if (IsFinal(round.State))
            {
                return round;
            }
        }
    }

    private static void Show(Dictionary<RoundState, ProgressTask> tasks, Round round)
    {
        var current = Array.IndexOf(Phases, round.State);
        var done = round.State == RoundState.Done;
        for (var i = 0; i < Phases.Length; i++)
        {
            var task = tasks[Phases[i]];
            if (done || (current >= 0 && i < current))
            {
                Complete(task);
            }
            else if (i == current && !task.IsFinished)
            {
                if (!task.IsStarted)
                {
                    task.StartTask();
                }

                var scoring = Phases[i] == RoundState.Scoring && round.Progress is { PairsTotal: > 0 };
                task.IsIndeterminate = !scoring;
                if (scoring)
                {
                    task.MaxValue = round.Progress!.PairsTotal;
                    task.Value = round.Progress.PairsScored;
                }
            }
            else if (IsFinal(round.State) && task.IsStarted && !task.IsFinished)
            {
                task.IsIndeterminate = false;
                task.StopTask();
            }
        }
    }

    /// <summary>Fills a phase's bar; Spectre tasks cannot restart once stopped, so a finished bar is left as it is.</summary>
    private static void Complete(ProgressTask task)
    {
        if (task.IsFinished && task.IsStarted)
        {
            return;
        }

        if (!task.IsStarted)
        {
            task.StartTask();
        }

        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

    private static string Label(RoundState phase) => phase switch
    {
        RoundState.Snapshot => "Snapshot",
        RoundState.Scoring => "Scoring pairs",
        RoundState.Solving => "Solving",
        RoundState.Publishing => "Publishing",
        _ => phase.ToString(),
    };
}
