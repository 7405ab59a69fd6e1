using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Cli.Import;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring participants import|template|list|show|erase|export`.</summary>
public static class ParticipantCommands
{
    public static readonly Option<string> Programme = new("--programme", "-p") { Description = "Programme id or name.", Required = true };
    private static readonly Argument<string> File = new("file") { Description = "CSV (comma, semicolon or tab separated; the default), Excel (.xlsx) or JSON lines (.jsonl/.ndjson) file." };
    private static readonly Option<string?> Format = new("--format") { Description = "csv, xlsx or jsonl; by default from the file's extension." };
    private static readonly Option<string?> Errors = new("--errors") { Description = "Error file (CSV); default <file>.errors.csv next to the input." };
    private static readonly Argument<string> Participant = new("participant") { Description = "Participant id or name." };
    private static readonly Option<bool> Yes = new("--yes") { Description = "Confirm the erasure." };
    private static readonly Option<string?> Out = new("--file", "-f") { Description = "Write to this file instead of stdout." };
    private static readonly Option<bool> Example = new("--example") { Description = "Add an example row under the header." };
    private static readonly Option<ParticipantRole> Role = new("--role") { Description = "Only this role: mentor, mentee or peer; default every role." };

    public static Command Build(CliEnvironment environment)
    {
        var import = new Command("import", "Import participants from CSV, XLSX or JSON lines through the bulk import RPC.") { File, Programme, Format, Errors };
        CommandAction.Set(import, environment, ImportAsync);
        var template = new Command("template", "Write the import header (the documented columns) to stdout, or to a CSV or .xlsx file.") { Out, Example };
        CommandAction.Set(template, environment, TemplateAsync);
        var list = new Command("list", "List a programme's participants in id order, optionally of one role.") { Programme, Role };
        CommandAction.Set(list, environment, ListAsync);
        var show = new Command("show", "Show one participant.") { Participant, Programme };
        CommandAction.Set(show, environment, ShowAsync);
        var erase = new Command("erase", "Erase a participant (DeleteParticipant).") { Participant, Programme, Yes };
        CommandAction.Set(erase, environment, EraseAsync);
        var export = new Command("export", "Export what the API holds about a participant: profile and matches, as JSON.") { Participant, Programme, Out };
        CommandAction.Set(export, environment, ParticipantExport.RunAsync);
        return new Command("participants", "Import, list, show, erase and export participants.") { import, template, list, show, erase, export };
    }

    public static string ParticipantName(CommandContext context) => CliNames.Participant(context.Value(Programme), context.Value(Participant));

    public static string? OutFile(CommandContext context) => context.Value(Out);

    private static async Task<int> ImportAsync(CommandContext context)
    {
        var path = context.Value(File);
        var parent = CliNames.Programme(context.Value(Programme));
        var format = ImportFile.FormatOf(path, context.Value(Format));
        var total = ImportFile.Rows(path, format, parent).Count();

        ImportSummary summary;
        if (context.Json || !context.Environment.Interactive)
        {
            summary = await ParticipantImporter.RunAsync(context.Api.Participants, ImportFile.Rows(path, format, parent), _ => { }, context.CancellationToken);
        }
        else
        {
            summary = await context.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Importing {Path.GetFileName(path)}", maxValue: Math.Max(1, total));
                    return await ParticipantImporter.RunAsync(context.Api.Participants, ImportFile.Rows(path, format, parent), sent => task.Value = sent, context.CancellationToken);
                });
        }

        var errorPath = context.Value(Errors) ?? ErrorFile.DefaultPath(path);
        if (summary.Errors.Count > 0)
        {
            ErrorFile.Write(errorPath, summary.Errors);
        }

        if (context.Json)
        {
            context.WriteJson(new JsonObject
            {
                ["rows"] = summary.Rows,
                ["created"] = summary.Created,
                ["updated"] = summary.Updated,
                ["unchanged"] = summary.Unchanged,
                ["rejected"] = summary.Rejected,
                ["error_file"] = summary.Errors.Count > 0 ? errorPath : null,
                ["errors"] = new JsonArray(summary.Errors.Select(e => (JsonNode?)new JsonObject
                {
                    ["line"] = e.Line, ["participant_id"] = e.ParticipantId, ["code"] = e.Code, ["field"] = e.Field, ["description"] = e.Description,
                }).ToArray()),
            });
        }
        else
        {
            var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Rows / summary.Elapsed.TotalSeconds : 0;
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Rows} rows in {summary.Elapsed.TotalSeconds:0.0} s ({rate:N0} rows/s): {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Rejected} rejected."));
            foreach (var error in summary.Errors.Take(20))
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {error.Line} ({error.ParticipantId}): {error.Field}: {error.Description}"));
            }

            if (summary.Errors.Count > 0)
            {
                context.Console.WriteLine($"All {summary.Errors.Count} errors: {errorPath}");
            }
        }

        return summary.Rejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
    }

    private static Task<int> TemplateAsync(CommandContext context)
    {
        IReadOnlyList<string>[] rows = context.Value(Example) ? [ParticipantColumns.Example] : [];
        if (context.Value(Out) is { } path)
        {
            using (var stream = System.IO.File.Create(path))
            {
                TableFile.Write(stream, TableFile.FormatOf(path), ParticipantColumns.Header, rows);
            }

            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["file"] = path, ["columns"] = Columns() });
            }
            else
            {
                context.Console.WriteLine($"Template written to {path}");
            }
        }
        else if (context.Json)
        {
            context.WriteJson(new JsonObject { ["file"] = null, ["columns"] = Columns() });
        }
        else
        {
            CsvTable.Write(context.Environment.Out, ParticipantColumns.Header, rows);
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static JsonArray Columns() =>
        new(ParticipantColumns.Header.Select(h => (JsonNode?)JsonValue.Create(h)).ToArray());

    private static async Task<int> ShowAsync(CommandContext context)
    {
        var participant = await context.Api.Participants.GetParticipantAsync(
            new GetParticipantRequest { Name = ParticipantName(context) }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(participant));
        }
        else
        {
            context.Console.Write(ParticipantView.Of(participant));
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context)
    {
        var participants = await ApiReader.ParticipantsAsync(context.Api, CliNames.Programme(context.Value(Programme)), context.Value(Role), context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["participants"] = ProtoJson.ToArray(participants) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Id", "Role", "Display name", "Organisation", "Time zone", "Capacity");
        foreach (var p in participants)
        {
            table.AddRow(Markup.Escape(CliNames.Id(p.Name)), ParticipantView.Role(p.Role), Markup.Escape(p.DisplayName), Markup.Escape(p.Organisation),
                Markup.Escape(p.TimeZone), p.Role == ParticipantRole.Mentor ? p.Capacity.ToString(CultureInfo.InvariantCulture) : "");
        }

        context.Console.Write(table);
        context.Console.WriteLine($"{participants.Count} participants.");
        return ExitCodes.Success;
    }

    private static async Task<int> EraseAsync(CommandContext context)
    {
        var name = ParticipantName(context);
        if (!context.Value(Yes))
        {
            throw new CliUsageException($"Erasing {name} cannot be undone; repeat with --yes to confirm.");
        }

        await context.Api.Participants.DeleteParticipantAsync(new DeleteParticipantRequest { Name = name }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["erased"] = name });
        }
        else
        {
            context.Console.WriteLine($"Erased {name}.");
        }

        return ExitCodes.Success;
    }
}
