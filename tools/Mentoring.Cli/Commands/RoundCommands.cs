using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Cli.Export;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Mentoring.Reports;
using Mentoring.Tabular;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring rounds run|watch|show|list|export|unmatched|report|cancel`.</summary>
public static class RoundCommands
{
    private static readonly Argument<string> ProgrammeArgument = new("programme") { Description = "Programme id or name." };
    public static readonly Argument<string> RoundArgument = new("round") { Description = "Round name (programmes/<p>/rounds/<r>), or its id with --programme." };
    public static readonly Option<string?> Programme = new("--programme", "-p") { Description = "Programme id, when the round is given by id." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Run every phase and report, but publish no matches." };
    private static readonly Option<bool> UnmatchedOnly = new("--unmatched-only") { Description = "Match only mentees without an open match (ROUND_SCOPE_UNMATCHED_ONLY)." };
    private static readonly Option<SolverMode> Solver = new("--solver") { Description = "Optimal, StableMenteeProposing, StableMentorProposing or Peer; default: the programme's." };
    private static readonly Option<string?> RequestId = new("--request-id") { Description = "Idempotency key; a retry with the same key returns the same round. Default: a new one." };
    private static readonly Option<bool> NoWait = new("--no-wait") { Description = "Start the round and return without following it." };
    private static readonly Option<string> OutFile = new("--file", "-f") { Description = "Output file.", Required = true };

    public static Command Build(CliEnvironment environment)
    {
        var run = new Command("run", "Start a round and follow its progress (Ctrl-C detaches; the round goes on).") { ProgrammeArgument, DryRun, UnmatchedOnly, Solver, RequestId, NoWait };
        CommandAction.Set(run, environment, RunAsync);
        var watch = new Command("watch", "Re-attach to a round and follow it to the end.") { RoundArgument, Programme };
        CommandAction.Set(watch, environment, WatchAsync);
        var show = new Command("show", "Show a round's quality report: tables and bar charts.") { RoundArgument, Programme };
        CommandAction.Set(show, environment, ShowAsync);
        var list = new Command("list", "List a programme's rounds, newest first.") { ProgrammeArgument };
        CommandAction.Set(list, environment, ListAsync);
        var export = new Command("export", "Export a finished round's matches to CSV (mentee, mentor, score, top reasons, status).") { RoundArgument, Programme, OutFile };
        CommandAction.Set(export, environment, ExportAsync);
        var unmatched = RoundUnmatched.Build(environment);
        var report = new Command("report", "Write a finished round's report as one self-contained HTML file.") { RoundArgument, Programme, OutFile };
        CommandAction.Set(report, environment, ReportAsync);
        var cancel = new Command("cancel", "Cancel a running round.") { RoundArgument, Programme };
        CommandAction.Set(cancel, environment, CancelAsync);
        return new Command("rounds", "Run, follow, inspect and export matching rounds.") { run, watch, show, list, export, unmatched, report, cancel };
    }

    public static string RoundName(CommandContext context) => CliNames.Round(context.Value(Programme), context.Value(RoundArgument));

    private static async Task<int> RunAsync(CommandContext context)
    {
        var request = new StartRoundRequest
        {
            Parent = CliNames.Programme(context.Value(ProgrammeArgument)),
            RequestId = context.Value(RequestId) ?? $"cli-{Guid.NewGuid():N}",
            DryRun = context.Value(DryRun),
            Scope = context.Value(UnmatchedOnly) ? RoundScope.UnmatchedOnly : RoundScope.All,
            Solver = context.Value(Solver),
        };
        var round = await context.Api.Rounds.StartRoundAsync(request, cancellationToken: context.CancellationToken);
        if (!context.Json)
        {
            context.Console.WriteLine($"Started {round.Name}{(round.DryRun ? " (dry run: nothing will be published)" : "")}.");
        }

        return context.Value(NoWait) ? Finish(context, round, detached: true, following: false) : await FollowAsync(context, round.Name);
    }

    private static Task<int> WatchAsync(CommandContext context) => FollowAsync(context, RoundName(context));

    private static async Task<int> FollowAsync(CommandContext context, string name)
    {
        var final = await RoundFollower.FollowAsync(context, name);
        if (final is null)
        {
            var now = await context.Api.Rounds.GetRoundAsync(new GetRoundRequest { Name = name });
            return Finish(context, now, detached: true, following: true);
        }

        return Finish(context, final, detached: false, following: true);
    }

    private static int Finish(CommandContext context, Round round, bool detached, bool following)
    {
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["round"] = ProtoJson.ToNode(round), ["detached"] = detached });
        }
        else if (detached)
        {
            context.Console.WriteLine($"Detached; {round.Name} goes on ({round.State}). Re-attach with: mentoring rounds watch {round.Name}");
        }
        else
        {
            context.Console.WriteLine($"{round.Name}: {round.State}{(round.Error.Length > 0 ? ": " + round.Error : "")}");
            if (round.Report is { } report)
            {
                context.Console.Write(SummaryTable(report));
            }
        }

        return detached ? (following ? ExitCodes.Detached : ExitCodes.Success)
            : round.State == RoundState.Done ? ExitCodes.Success : ExitCodes.RoundNotDone;
    }

    private static async Task<int> ShowAsync(CommandContext context)
    {
        var name = RoundName(context);
        var round = await context.Api.Rounds.GetRoundAsync(new GetRoundRequest { Name = name }, cancellationToken: context.CancellationToken);
        var matches = round.State == RoundState.Done ? await ApiReader.MatchesAsync(context.Api, name, context.CancellationToken) : [];
        var programme = await context.Api.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = CliNames.ProgrammeOf(name) }, cancellationToken: context.CancellationToken);
        var scores = RoundFigures.ScoreHistogram(matches);
        var load = RoundFigures.MentorLoadHistogram(round.Report);
        var unmatched = RoundFigures.UnmatchedByReason(round.Report);
        var components = RoundFigures.ComponentContributions(matches, programme.Policy?.Weights);
        if (context.Json)
        {
            context.WriteJson(new JsonObject
            {
                ["round"] = ProtoJson.ToNode(round),
                ["score_histogram"] = Series(scores),
                ["mentor_load"] = Series(load),
                ["unmatched_by_reason"] = Series(unmatched),
                ["component_contributions"] = Series(components),
            });
            return ExitCodes.Success;
        }

        context.Console.WriteLine($"{round.Name}: {round.State}{(round.DryRun ? " (dry run)" : "")}{(round.Error.Length > 0 ? ": " + round.Error : "")}");
        if (round.Report is null)
        {
            context.Console.WriteLine("No report yet: the round has not finished.");
            return ExitCodes.Success;
        }

        context.Console.Write(SummaryTable(round.Report));
        Chart(context, "Score distribution (matches per score band)", scores);
        Chart(context, "Mentor load (mentors by mentees taken)", load);
        Chart(context, "Unmatched mentees by reason", unmatched);
        Chart(context, "Average contribution to the score per component", components);
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context)
    {
        var rounds = await ApiReader.RoundsAsync(context.Api, CliNames.Programme(context.Value(ProgrammeArgument)), context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["rounds"] = ProtoJson.ToArray(rounds) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Round", "State", "Dry run", "Scope", "Matched", "Mean score", "Started");
        foreach (var r in rounds)
        {
            table.AddRow(Markup.Escape(r.Name), r.State.ToString(), r.DryRun ? "yes" : "", r.Scope.ToString(),
                r.Report is { } rep ? string.Create(CultureInfo.InvariantCulture, $"{rep.MatchedCount} of {rep.MenteeCount}") : "",
                r.Report is { } rep2 ? rep2.MeanScore.ToString("0.000", CultureInfo.InvariantCulture) : "",
                HumanTime.Of(r.CreateTime));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> ExportAsync(CommandContext context)
    {
        var name = RoundName(context);
        var path = context.Value(OutFile);
        var round = await context.Api.Rounds.GetRoundAsync(new GetRoundRequest { Name = name }, cancellationToken: context.CancellationToken);
        var matches = await ApiReader.MatchesAsync(context.Api, name, context.CancellationToken);
        var published = await ApiReader.PublishedAsync(context.Api, round, matches, context.CancellationToken);
        var names = await ApiReader.ProgrammeDisplayNamesAsync(context.Api, CliNames.ProgrammeOf(name), context.CancellationToken);
        await using (var stream = File.Create(path))
        {
            TableFile.Write(stream, TableFile.FormatOf(path), MatchTable.Header, MatchTable.Rows(matches, published, names, round.DryRun));
        }

        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["file"] = path, ["rows"] = matches.Count, ["columns"] = new JsonArray(MatchTable.Header.Select(h => (JsonNode?)h).ToArray()) });
        }
        else
        {
            context.Console.WriteLine($"{matches.Count} matches of {name} written to {path}.");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ReportAsync(CommandContext context)
    {
        var name = RoundName(context);
        var path = context.Value(OutFile);
        var api = context.Api;
        var programmeName = CliNames.ProgrammeOf(name);
        var round = await api.Rounds.GetRoundAsync(new GetRoundRequest { Name = name }, cancellationToken: context.CancellationToken);
        if (round.State != RoundState.Done)
        {
            throw new CliUsageException($"{name} is {round.State}; a report needs a DONE round.");
        }

        var matches = await ApiReader.MatchesAsync(api, name, context.CancellationToken);
        var unmatched = await ApiReader.UnmatchedAsync(api, name, context.CancellationToken);
        var programme = await api.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = programmeName }, cancellationToken: context.CancellationToken);
        var participants = await ApiReader.ParticipantsAsync(api, programmeName, ParticipantRole.Unspecified, context.CancellationToken);
        var capacities = participants.Where(p => p.Role == ParticipantRole.Mentor).ToDictionary(p => p.Name, p => p.Capacity, StringComparer.Ordinal);
        var names = participants.ToDictionary(p => p.Name, p => p.DisplayName, StringComparer.Ordinal);
        var html = RoundReportPage.Render(new RoundReportInput(round, matches, unmatched, programme, capacities, names));
        await File.WriteAllTextAsync(path, html, context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["file"] = path, ["bytes"] = new FileInfo(path).Length, ["matches"] = matches.Count });
        }
        else
        {
            context.Console.WriteLine($"Report of {name} written to {path}.");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> CancelAsync(CommandContext context)
    {
        var round = await context.Api.Rounds.CancelRoundAsync(new CancelRoundRequest { Name = RoundName(context) }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["round"] = ProtoJson.ToNode(round) });
        }
        else
        {
            context.Console.WriteLine($"{round.Name}: {round.State}");
        }

        return ExitCodes.Success;
    }

    private static Table SummaryTable(RoundReport report)
    {
        var table = new Table().AddColumns("Mentees", "Mentors", "Matched", "Match rate", "Mean score", "p10", "p50", "p90");
        table.AddRow(
            report.MenteeCount.ToString("N0", CultureInfo.InvariantCulture), report.MentorCount.ToString("N0", CultureInfo.InvariantCulture),
            report.MatchedCount.ToString("N0", CultureInfo.InvariantCulture), report.MatchRate.ToString("P1", CultureInfo.InvariantCulture),
            report.MeanScore.ToString("0.000", CultureInfo.InvariantCulture), report.P10Score.ToString("0.000", CultureInfo.InvariantCulture),
            report.P50Score.ToString("0.000", CultureInfo.InvariantCulture), report.P90Score.ToString("0.000", CultureInfo.InvariantCulture));
        return table;
    }

    private static void Chart(CommandContext context, string title, IReadOnlyList<ChartBar> bars)
    {
        context.Console.WriteLine();
        if (bars.Count == 0)
        {
            context.Console.WriteLine($"{title}: none");
            return;
        }

        var chart = new BarChart().Width(70).Label(Markup.Escape(title));
        foreach (var bar in bars)
        {
            chart.AddItem(Markup.Escape(bar.Label), Math.Round(bar.Value, 3), Color.SteelBlue);
        }

        context.Console.Write(chart);
    }

    private static JsonArray Series(IReadOnlyList<ChartBar> bars) =>
        new(bars.Select(b => (JsonNode?)new JsonObject { ["label"] = b.Label, ["value"] = b.Value }).ToArray());
}
