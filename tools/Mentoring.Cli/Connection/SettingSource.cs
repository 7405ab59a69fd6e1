namespace Mentoring.Cli.Connection;

/// <summary>Where a connection setting came from, in decreasing precedence.</summary>
public enum SettingSource
{
    Flag,
    Environment,
    ConfigFile,
    Default,
    Unset,
}
