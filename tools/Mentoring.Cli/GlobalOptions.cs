using System.CommandLine;
using Mentoring.Cli.Output;

namespace Mentoring.Cli;

/// <summary>Options every command accepts: where the server is, who is calling, and how to print.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Endpoint = new("--endpoint")
    {
        Description = "Gateway address, e.g. http://127.0.0.1:5080 (env MENTORING_ENDPOINT, config \"endpoint\").",
        Recursive = true,
    };

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "API key, sent as x-api-key metadata (env MENTORING_API_KEY, config \"api_key\").",
        Recursive = true,
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "JWT bearer token, sent as authorization metadata (env MENTORING_TOKEN, config \"token\").",
        Recursive = true,
    };

    public static readonly Option<string?> Tenant = new("--tenant")
    {
        Description = "Tenant, sent as x-tenant metadata (env MENTORING_TENANT, config \"tenant\").",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Config file (env MENTORING_CONFIG; default ~/.config/mentoring/config.json).",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Output = new("--output", "-o")
    {
        Description = "human (default) or json, one JSON document on stdout for scripts.",
        Recursive = true,
        DefaultValueFactory = _ => OutputFormat.Human,
    };

    public static IEnumerable<Option> All => [Endpoint, ApiKey, Token, Tenant, Config, Output];
}
