namespace Mentoring.WebConsole.SignIn;

/// <summary>Who is signed in: the tenant and the credential every call is made with.</summary>
public sealed record ConsoleUser(string Tenant, ConsoleCredential Credential)
{
    public string TenantName => $"tenants/{Tenant}";

    /// <summary>Whether <paramref name="keyName"/> ("tenants/{t}/apiKeys/{id}") is the key this session calls with.</summary>
    public bool SignedInWith(string keyName) => Credential.ApiKeyId is { } id && keyName == $"{TenantName}/apiKeys/{id}";
}
