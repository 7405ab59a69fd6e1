using System.CommandLine;
using System.Text.Json.Nodes;
using Mentoring.Cli.Connection;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring config show`: the resolved connection settings and where each came from; secrets masked.</summary>
public static class ConfigCommand
{
    public static Command Build(CliEnvironment environment)
    {
        var show = new Command("show", "Show the connection settings in effect and their sources (flag, environment, config file).");
        CommandAction.Set(show, environment, ShowAsync);
        return new Command("config", "Connection settings.") { show };
    }

    private static Task<int> ShowAsync(CommandContext context)
    {
        var settings = context.Connection;
        (string Name, Setting Setting, bool Secret)[] rows =
        [
            ("endpoint", settings.Endpoint, false), ("api_key", settings.ApiKey, true), ("token", settings.Token, true), ("tenant", settings.Tenant, false),
        ];
        if (context.Json)
        {
            var node = new JsonObject { ["config_file"] = settings.ConfigFile };
            foreach (var (name, setting, secret) in rows)
            {
                node[name] = new JsonObject { ["value"] = Shown(setting, secret), ["source"] = setting.Source.ToString() };
            }

            context.WriteJson(node);
            return Task.FromResult(ExitCodes.Success);
        }

        var table = new Table().AddColumns("Setting", "Value", "Source");
        foreach (var (name, setting, secret) in rows)
        {
            table.AddRow(name, Markup.Escape(Shown(setting, secret) ?? ""), setting.Source.ToString());
        }

        context.Console.Write(table);
        context.Console.WriteLine($"Config file: {settings.ConfigFile ?? "none"}");
        return Task.FromResult(ExitCodes.Success);
    }

    private static string? Shown(Setting setting, bool secret) =>
        setting.Value is null ? null : secret ? new string('*', 8) : setting.Value;
}
