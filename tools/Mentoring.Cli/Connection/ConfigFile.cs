using System.Text.Json;

namespace Mentoring.Cli.Connection;

/// <summary>
/// The optional JSON config file: {"endpoint": ..., "api_key": ..., "token": ..., "tenant": ...}. An explicitly named
/// file must exist; the default location may be absent.
/// </summary>
public sealed record ConfigFile(string? Endpoint, string? ApiKey, string? Token, string? Tenant)
{
    public static readonly ConfigFile Empty = new(null, null, null, null);

    public static string DefaultPath(CliEnvironment environment)
    {
        var configHome = environment.GetVariable("XDG_CONFIG_HOME");
        var root = string.IsNullOrEmpty(configHome) ? Path.Combine(environment.HomeDirectory, ".config") : configHome;
        return Path.Combine(root, "mentoring", "config.json");
    }

    public static ConfigFile Load(string path, bool mustExist)
    {
        if (!File.Exists(path))
        {
            return mustExist ? throw new CliUsageException($"The config file {path} does not exist.") : Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return new ConfigFile(Read(root, "endpoint"), Read(root, "api_key"), Read(root, "token"), Read(root, "tenant"));
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"The config file {path} is not valid JSON: {e.Message}");
        }
    }

    private static string? Read(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
