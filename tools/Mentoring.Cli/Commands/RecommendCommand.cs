using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring recommend`: the best mentors for one mentee, scored and explained as in a round.</summary>
public static class RecommendCommand
{
    private static readonly Argument<string> Mentee = new("mentee") { Description = "Mentee id or name." };
    private static readonly Option<string> Programme = new("--programme", "-p") { Description = "Programme id or name.", Required = true };
    private static readonly Option<int> Max = new("--max") { Description = "How many mentors (server default when 0).", DefaultValueFactory = _ => 10 };

    public static Command Build(CliEnvironment environment)
    {
        var command = new Command("recommend", "Recommend mentors for one mentee.") { Mentee, Programme, Max };
        CommandAction.Set(command, environment, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context)
    {
        var mentee = CliNames.Participant(context.Value(Programme), context.Value(Mentee));
        var response = await context.Api.Recommendations.RecommendMentorsAsync(
            new RecommendMentorsRequest { Mentee = mentee, MaxResults = context.Value(Max) }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["mentee"] = mentee, ["recommendations"] = ProtoJson.ToArray(response.Recommendations) });
            return ExitCodes.Success;
        }

        var names = await ApiReader.DisplayNamesAsync(context.Api, response.Recommendations.Select(r => r.Mentor).Prepend(mentee), context.CancellationToken);
        context.Console.WriteLine($"Mentors for {CliNames.Id(mentee)} ({names[mentee]}), best first:");
        var table = new Table().AddColumns("#", "Mentor", "Name", "Score", "Reasons");
        var rank = 0;
        foreach (var r in response.Recommendations)
        {
            table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(CliNames.Id(r.Mentor)), Markup.Escape(names[r.Mentor]),
                r.Score.ToString("0.000", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", r.Reasons)));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }
}
