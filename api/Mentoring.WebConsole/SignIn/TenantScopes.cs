namespace Mentoring.WebConsole.SignIn;

/// <summary>The scopes a tenant key may carry, as the gateway names them (docs/API.md#security).</summary>
public static class TenantScopes
{
    public static IReadOnlyList<string> All { get; } = ["participants.read", "participants.write", "rounds.run", "results.read", "tenant.admin"];
}
