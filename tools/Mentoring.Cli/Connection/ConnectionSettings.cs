namespace Mentoring.Cli.Connection;

/// <summary>The resolved connection: endpoint, credentials and tenant, each with its source.</summary>
public sealed record ConnectionSettings(Setting Endpoint, Setting ApiKey, Setting Token, Setting Tenant, string? ConfigFile);
