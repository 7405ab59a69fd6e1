using System.CommandLine;
using Mentoring.Cli.Commands;

namespace Mentoring.Cli;

/// <summary>The `mentoring` command tree and its entry point.</summary>
public static class MentoringCli
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("Mentoring programme admin tool: talks to a Mentoring cluster over its public gRPC API (mentoring.v1).")
        {
            ProgrammeCommands.Build(environment),
            ParticipantCommands.Build(environment),
            RoundCommands.Build(environment),
            MatchCommands.Build(environment),
            RecommendCommand.Build(environment),
            EventCommands.Build(environment),
            KeyCommands.Build(environment),
            WebhookCommands.Build(environment),
            ConfigCommand.Build(environment),
        };
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        Build(environment).Parse(args).InvokeAsync(
            new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false },
            cancellationToken);
}
