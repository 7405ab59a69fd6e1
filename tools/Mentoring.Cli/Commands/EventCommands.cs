using System.CommandLine;
using System.Globalization;
using Grpc.Core;
using Mentoring.Cli.Output;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring events watch`: a programme's event log as it is written, from a cursor, until Ctrl+C or a count.</summary>
public static class EventCommands
{
    private static readonly Argument<string> Programme = new("programme") { Description = "Programme id or name." };
    private static readonly Option<long> After = new("--after") { Description = "Sequence of the last event already seen; 0 starts at the first event." };
    private static readonly Option<string[]> Types = new("--type") { Description = "Only events of this type (repeatable), e.g. match.accepted.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<int> Count = new("--count") { Description = "Stop after this many events (0: watch until interrupted)." };

    public static Command Build(CliEnvironment environment)
    {
        var watch = new Command("watch", "Print a programme's events in order, then each new one as it is written; resume with --after <last sequence>.")
        {
            Programme, After, Types, Count,
        };
        CommandAction.Set(watch, environment, WatchAsync);
        return new Command("events", "Follow a programme's event log.") { watch };
    }

    private static async Task<int> WatchAsync(CommandContext context)
    {
        var request = new WatchEventsRequest { Parent = CliNames.Programme(context.Value(Programme)), AfterSequence = context.Value(After) };
        request.EventTypes.AddRange(context.Value(Types) ?? []);
        var wanted = context.Value(Count);
        using var call = context.Api.Events.WatchEvents(request, cancellationToken: context.CancellationToken);
        var seen = 0;
        try
        {
            while ((wanted == 0 || seen < wanted) && await call.ResponseStream.MoveNext(context.CancellationToken))
            {
                Write(context, call.ResponseStream.Current);
                seen++;
            }
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled && context.CancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Detached;
        }

        return ExitCodes.Success;
    }

    // One line per event, so a script can follow the output as it comes (JSON: one compact object per line).
    private static void Write(CommandContext context, ProgrammeEvent e)
    {
        if (context.Json)
        {
            context.Environment.Out.WriteLine(ProtoJson.ToNode(e).ToJsonString());
            return;
        }

        context.Environment.Out.WriteLine(string.Join("  ",
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurTime.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            e.Type,
            e.Subject,
            e.Data.ToString()));
    }
}
