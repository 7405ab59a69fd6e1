using System.Security.Claims;

namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// The console's own cookie scheme. The cookie, encrypted by ASP.NET Core data protection, carries the tenant and the
/// API key the user signed in with; the principal has no tenant or scope claims, so the gateway never takes it for a caller.
/// </summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "MentoringConsole";

    public const string TenantClaim = "mentoring_console_tenant";

    public const string ApiKeyClaim = "mentoring_console_api_key";

    public static ClaimsPrincipal Principal(string tenant, string apiKey) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, tenant), new Claim(TenantClaim, tenant), new Claim(ApiKeyClaim, apiKey)],
            Scheme));

    /// <summary>The signed-in user, or null when the principal is not the console's.</summary>
    public static ConsoleUser? User(ClaimsPrincipal principal) =>
        principal.FindFirst(TenantClaim)?.Value is { } tenant && principal.FindFirst(ApiKeyClaim)?.Value is { } key
            ? new ConsoleUser(tenant, key)
            : null;
}
