using Mentoring.Cli;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>The tool's exit code and what it printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}

/// <summary>Runs the tool in-process, exactly as Program does, with its own output, environment and home folder.</summary>
public static class CliRun
{
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(environment, CancellationToken.None, args);

    /// <summary>Runs with a token that stands for Ctrl-C.</summary>
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken interrupt, params string[] args) =>
        RunAsync(environment, interrupt, interactive: false, args);

    /// <summary>Runs as if on a terminal when <paramref name="interactive"/>: live progress bars are drawn into the output.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken interrupt, bool interactive, params string[] args)
    {
        var home = Path.Combine(Path.GetTempPath(), "mentoring-cli-home", Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        var variables = environment ?? new Dictionary<string, string>();
        var cli = new CliEnvironment(output, error, name => variables.GetValueOrDefault(name), home, interactive);
        var exit = await MentoringCli.RunAsync(args, cli, interrupt);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs against the fixture's gateway with its tenant key, both given as flags.</summary>
    public static Task<CliResult> AgainstAsync(CliServerFixture server, params string[] args) => WithKeyAsync(server, server.ApiKey, args);

    /// <summary>Runs against the fixture's gateway with another key, e.g. the operator's.</summary>
    public static Task<CliResult> WithKeyAsync(CliServerFixture server, string apiKey, params string[] args) =>
        RunAsync(null, [.. args, "--endpoint", server.Endpoint, "--api-key", apiKey]);
}
