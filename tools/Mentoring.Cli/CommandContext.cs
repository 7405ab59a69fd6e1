using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Cli.Connection;
using Mentoring.Cli.Output;
using Spectre.Console;

namespace Mentoring.Cli;

/// <summary>What a command's action works with: its parsed arguments, the API, the console, and the chosen output format.</summary>
public sealed class CommandContext : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lazy<ApiClients> _api;

    public CommandContext(ParseResult parse, CliEnvironment environment, CancellationToken cancellationToken)
    {
        Parse = parse;
        Environment = environment;
        CancellationToken = cancellationToken;
        Format = parse.GetValue(GlobalOptions.Output);
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Out),
            Interactive = environment.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = environment.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!environment.Interactive)
        {
            // Redirected output is read by programs and people copying names; Spectre would otherwise wrap at 80 columns.
            Console.Profile.Width = 240;
        }

        _api = new(() => new ApiClients(Connection));
        ConnectionLazy = new(() => ConnectionResolver.Resolve(parse, environment));
    }

    public ParseResult Parse { get; }

    public CliEnvironment Environment { get; }

    public CancellationToken CancellationToken { get; }

    public OutputFormat Format { get; }

    public bool Json => Format == OutputFormat.Json;

    /// <summary>Human output on stdout; live displays only when stdout is a terminal.</summary>
    public IAnsiConsole Console { get; }

    public ConnectionSettings Connection => ConnectionLazy.Value;

    public ApiClients Api => _api.Value;

    private Lazy<ConnectionSettings> ConnectionLazy { get; }

    public T Value<T>(Option<T> option) => Parse.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => Parse.GetValue(argument)!;

    public void WriteJson(JsonNode node) => Environment.Out.WriteLine(node.ToJsonString(Indented));

    /// <summary>A line on stderr: notes that must not mix with a script's JSON on stdout.</summary>
    public void Note(string line) => Environment.Error.WriteLine(line);

    public void Dispose()
    {
        if (_api.IsValueCreated)
        {
            _api.Value.Dispose();
        }
    }
}
