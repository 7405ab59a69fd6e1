using System.Text.Json.Nodes;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>Each connection setting comes from the flag, else the environment variable, else the config file.</summary>
public sealed class ConnectionPrecedenceTests
{
    private readonly string _config = Path.Combine(Path.GetTempPath(), "mentoring-cli-config", Guid.NewGuid().ToString("N") + ".json");

    public ConnectionPrecedenceTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_config)!);
        File.WriteAllText(_config, """{"endpoint": "http://from-file:1", "api_key": "file-key", "token": "file-token", "tenant": "file-tenant"}""");
    }

    [Fact]
    public async Task Flags_beat_environment_variables_which_beat_the_config_file()
    {
        var environment = new Dictionary<string, string>
        {
            ["MENTORING_CONFIG"] = _config,
            ["MENTORING_API_KEY"] = "env-key",
            ["MENTORING_TENANT"] = "env-tenant",
        };
        var result = await CliRun.RunAsync(environment, "config", "show", "--tenant", "flag-tenant", "-o", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var settings = JsonNode.Parse(result.Out)!;
        Assert.Equal(("http://from-file:1", "ConfigFile"), Read(settings, "endpoint"));
        Assert.Equal(("********", "Environment"), Read(settings, "api_key"));
        Assert.Equal(("********", "ConfigFile"), Read(settings, "token"));
        Assert.Equal(("flag-tenant", "Flag"), Read(settings, "tenant"));
        Assert.Equal(_config, (string?)settings["config_file"]);
    }

    [Fact]
    public async Task Without_any_setting_the_endpoint_is_the_local_default_and_credentials_are_unset()
    {
        var result = await CliRun.RunAsync(null, "config", "show", "-o", "json");
        var settings = JsonNode.Parse(result.Out)!;
        Assert.Equal(("http://127.0.0.1:5080", "Default"), Read(settings, "endpoint"));
        Assert.Equal((null, "Unset"), Read(settings, "api_key"));
    }

    [Fact]
    public async Task The_config_flag_beats_the_environment_variable_and_a_named_file_must_exist()
    {
        var result = await CliRun.RunAsync(new Dictionary<string, string> { ["MENTORING_CONFIG"] = _config }, "config", "show", "--config", _config + ".missing");
        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    private static (string? Value, string? Source) Read(JsonNode settings, string name) =>
        ((string?)settings[name]!["value"], (string?)settings[name]!["source"]);
}
