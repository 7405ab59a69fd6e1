namespace Mentoring.WebConsole.SignIn;

/// <summary>Who is signed in: the tenant and the API key every call is made with.</summary>
public sealed record ConsoleUser(string Tenant, string ApiKey)
{
    public string TenantName => $"tenants/{Tenant}";
}
