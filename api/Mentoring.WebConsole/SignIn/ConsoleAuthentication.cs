using System.Security.Claims;

namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// The console's own cookie scheme. The cookie, encrypted by ASP.NET Core data protection, carries the tenant and the
/// credential the user signed in with (an API key, or the access token from OpenID Connect sign-in); the principal has no
/// tenant or scope claims, so the gateway never takes it for a caller.
/// </summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "MentoringConsole";

    public const string TenantClaim = "mentoring_console_tenant";

    public const string ApiKeyClaim = "mentoring_console_api_key";

    public const string AccessTokenClaim = "mentoring_console_access_token";

    public static ClaimsPrincipal Principal(string tenant, string apiKey) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, tenant), new Claim(TenantClaim, tenant), new Claim(ApiKeyClaim, apiKey)],
            Scheme));

    public static ClaimsPrincipal BearerPrincipal(string tenant, string accessToken) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, tenant), new Claim(TenantClaim, tenant), new Claim(AccessTokenClaim, accessToken)],
            Scheme));

    /// <summary>The signed-in user, or null when the principal is not the console's.</summary>
    public static ConsoleUser? User(ClaimsPrincipal principal)
    {
        if (principal.FindFirst(TenantClaim)?.Value is not { } tenant)
        {
            return null;
        }

        return principal.FindFirst(ApiKeyClaim)?.Value is { } key ? new ConsoleUser(tenant, ConsoleCredential.ApiKey(key))
            : principal.FindFirst(AccessTokenClaim)?.Value is { } token ? new ConsoleUser(tenant, ConsoleCredential.Bearer(token))
            : null;
    }
}
