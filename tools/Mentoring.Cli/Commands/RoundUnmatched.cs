using System.CommandLine;
using System.Text.Json.Nodes;
using Mentoring.Cli.Export;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Tabular;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring rounds unmatched`: the mentees a finished round could not place and why, listed or exported to CSV.</summary>
public static class RoundUnmatched
{
    private static readonly Option<string?> OutFile = new("--file", "-f") { Description = "Write them to this CSV or .xlsx file (mentee_id, mentee_name, reason) instead of a table." };

    public static Command Build(CliEnvironment environment)
    {
        var command = new Command("unmatched", "List a finished round's unmatched mentees with the reason for each, or export them to CSV.")
        {
            RoundCommands.RoundArgument, RoundCommands.Programme, OutFile,
        };
        CommandAction.Set(command, environment, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context)
    {
        var name = RoundCommands.RoundName(context);
        var unmatched = await ApiReader.UnmatchedAsync(context.Api, name, context.CancellationToken);
        var path = context.Value(OutFile);
        if (path is null && context.Json)
        {
            context.WriteJson(new JsonObject { ["round"] = name, ["unmatched_mentees"] = ProtoJson.ToArray(unmatched) });
            return ExitCodes.Success;
        }

        var names = await ApiReader.ProgrammeDisplayNamesAsync(context.Api, CliNames.ProgrammeOf(name), context.CancellationToken);
        if (path is null)
        {
            var table = new Table().AddColumns("Mentee", "Name", "Reason");
            foreach (var mentee in unmatched)
            {
                table.AddRow(Markup.Escape(CliNames.Id(mentee.Mentee)), Markup.Escape(names.GetValueOrDefault(mentee.Mentee, "")), Markup.Escape(mentee.Reason));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{unmatched.Count} unmatched mentees in {name}.");
            return ExitCodes.Success;
        }

        await using (var stream = File.Create(path))
        {
            TableFile.Write(stream, TableFile.FormatOf(path), UnmatchedTable.Header, UnmatchedTable.Rows(unmatched, names));
        }

        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["file"] = path, ["rows"] = unmatched.Count, ["columns"] = new JsonArray(UnmatchedTable.Header.Select(h => (JsonNode?)h).ToArray()) });
        }
        else
        {
            context.Console.WriteLine($"{unmatched.Count} unmatched mentees of {name} written to {path}.");
        }

        return ExitCodes.Success;
    }
}
