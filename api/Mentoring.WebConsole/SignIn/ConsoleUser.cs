namespace Mentoring.WebConsole.SignIn;

/// <summary>Who is signed in: the tenant and the credential every call is made with.</summary>
public sealed record ConsoleUser(string Tenant, ConsoleCredential Credential)
{
    public string TenantName => $"tenants/{Tenant}";
}
