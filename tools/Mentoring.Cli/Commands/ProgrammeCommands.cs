using System.CommandLine;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Policies;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring programmes create|show|list|update`: a programme and its matching policy, edited from a JSON or YAML file.</summary>
public static class ProgrammeCommands
{
    private static readonly Argument<string> Id = new("programme") { Description = "Programme id or name (programmes/<id>)." };
    private static readonly Option<string?> DisplayName = new("--display-name") { Description = "Display name." };
    private static readonly Option<string?> Description = new("--description") { Description = "Description." };
    private static readonly Option<string?> Policy = new("--policy") { Description = "Matching policy file, JSON or YAML (.yaml/.yml)." };
    private static readonly Option<string[]> Taxonomy = new("--taxonomy") { Description = "Taxonomy terms (repeat, or separate with commas).", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> PolicyOut = new("--policy-out") { Description = "Also write the effective policy to this file (JSON or YAML by extension) for editing." };

    public static Command Build(CliEnvironment environment)
    {
        var create = new Command("create", "Create a programme.") { Id, DisplayName, Description, Policy, Taxonomy };
        CommandAction.Set(create, environment, CreateAsync);
        var show = new Command("show", "Show a programme and its policy.") { Id, PolicyOut };
        CommandAction.Set(show, environment, ShowAsync);
        var list = new Command("list", "List programmes.");
        CommandAction.Set(list, environment, ListAsync);
        var update = new Command("update", "Update the fields given (display name, description, policy, taxonomy).") { Id, DisplayName, Description, Policy, Taxonomy };
        CommandAction.Set(update, environment, UpdateAsync);
        return new Command("programmes", "Create, show, list and update programmes.") { create, show, list, update };
    }

    private static async Task<int> CreateAsync(CommandContext context)
    {
        var name = CliNames.Programme(context.Value(Id));
        var programme = new Programme
        {
            DisplayName = context.Value(DisplayName) ?? "",
            Description = context.Value(Description) ?? "",
            Taxonomy = { Terms(context) },
        };
        if (context.Value(Policy) is { } policyPath)
        {
            programme.Policy = PolicyFile.Read(policyPath);
        }

        var created = await context.Api.Programmes.CreateProgrammeAsync(
            new CreateProgrammeRequest { ProgrammeId = CliNames.Id(name), Programme = programme }, cancellationToken: context.CancellationToken);
        Print(context, created);
        return ExitCodes.Success;
    }

    private static async Task<int> ShowAsync(CommandContext context)
    {
        var programme = await context.Api.Programmes.GetProgrammeAsync(
            new GetProgrammeRequest { Name = CliNames.Programme(context.Value(Id)) }, cancellationToken: context.CancellationToken);
        if (context.Value(PolicyOut) is { } path)
        {
            PolicyFile.Write(path, programme.Policy ?? new MatchingPolicy());
            context.Note($"Policy written to {path}");
        }

        Print(context, programme);
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context)
    {
        var all = await ApiReader.ProgrammesAsync(context.Api, context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["programmes"] = ProtoJson.ToArray(all) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Name", "Display name", "Solver", "Taxonomy terms", "Updated");
        foreach (var p in all)
        {
            table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.DisplayName), (p.Policy?.Solver ?? SolverMode.Unspecified).ToString(),
                p.Taxonomy.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), HumanTime.Of(p.UpdateTime));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> UpdateAsync(CommandContext context)
    {
        var programme = new Programme { Name = CliNames.Programme(context.Value(Id)) };
        var mask = new FieldMask();
        if (context.Value(DisplayName) is { } displayName)
        {
            programme.DisplayName = displayName;
            mask.Paths.Add("display_name");
        }

        if (context.Value(Description) is { } description)
        {
            programme.Description = description;
            mask.Paths.Add("description");
        }

        if (context.Value(Policy) is { } policyPath)
        {
            programme.Policy = PolicyFile.Read(policyPath);
            mask.Paths.Add("policy");
        }

        if (context.Parse.GetResult(Taxonomy) is not null)
        {
            programme.Taxonomy.AddRange(Terms(context));
            mask.Paths.Add("taxonomy");
        }

        if (mask.Paths.Count == 0)
        {
            throw new CliUsageException("Nothing to update: give --display-name, --description, --policy or --taxonomy.");
        }

        var updated = await context.Api.Programmes.UpdateProgrammeAsync(
            new UpdateProgrammeRequest { Programme = programme, UpdateMask = mask }, cancellationToken: context.CancellationToken);
        Print(context, updated);
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Terms(CommandContext context) => CommaList.Items(context.Value(Taxonomy));

    private static void Print(CommandContext context, Programme programme)
    {
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(programme));
            return;
        }

        var table = new Table().HideHeaders().AddColumns("Field", "Value");
        table.AddRow("Name", Markup.Escape(programme.Name));
        table.AddRow("Display name", Markup.Escape(programme.DisplayName));
        table.AddRow("Description", Markup.Escape(programme.Description));
        table.AddRow("Organisation mode", programme.OrganisationMode.ToString());
        table.AddRow("Taxonomy", Markup.Escape(string.Join(", ", programme.Taxonomy)));
        table.AddRow("Etag", Markup.Escape(programme.Etag));
        context.Console.Write(table);
        context.Console.WriteLine("Policy:");
        context.Console.WriteLine(ProtoJson.ToNode(programme.Policy ?? new MatchingPolicy()).ToJsonString(new() { WriteIndented = true }));
    }
}
