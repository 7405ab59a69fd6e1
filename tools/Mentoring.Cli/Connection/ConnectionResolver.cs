using System.CommandLine;

namespace Mentoring.Cli.Connection;

/// <summary>Resolves each connection setting on its own: a flag beats an environment variable, which beats the config file.</summary>
public static class ConnectionResolver
{
    public const string DefaultEndpoint = "http://127.0.0.1:5080";

    public static ConnectionSettings Resolve(ParseResult parse, CliEnvironment environment)
    {
        var explicitConfig = parse.GetValue(GlobalOptions.Config) ?? NonEmpty(environment.GetVariable("MENTORING_CONFIG"));
        var configPath = explicitConfig ?? ConfigFile.DefaultPath(environment);
        var file = ConfigFile.Load(configPath, mustExist: explicitConfig is not null);

        Setting Pick(Option<string?> flag, string variable, string? fromFile, string? fallback = null)
        {
            if (NonEmpty(parse.GetValue(flag)) is { } fromFlag)
            {
                return new(fromFlag, SettingSource.Flag);
            }

            if (NonEmpty(environment.GetVariable(variable)) is { } fromEnvironment)
            {
                return new(fromEnvironment, SettingSource.Environment);
            }

            if (NonEmpty(fromFile) is { } configured)
            {
                return new(configured, SettingSource.ConfigFile);
            }

            return fallback is null ? new(null, SettingSource.Unset) : new(fallback, SettingSource.Default);
        }

        return new ConnectionSettings(
            Pick(GlobalOptions.Endpoint, "MENTORING_ENDPOINT", file.Endpoint, DefaultEndpoint),
            Pick(GlobalOptions.ApiKey, "MENTORING_API_KEY", file.ApiKey),
            Pick(GlobalOptions.Token, "MENTORING_TOKEN", file.Token),
            Pick(GlobalOptions.Tenant, "MENTORING_TENANT", file.Tenant),
            File.Exists(configPath) ? configPath : null);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
