namespace Mentoring.Cli.Connection;

/// <summary>A resolved setting and where it came from.</summary>
public sealed record Setting(string? Value, SettingSource Source);
