using System.Security.Claims;

namespace Mentoring.Api.Security;

/// <summary>The claims both credential kinds produce, and the <see cref="Caller"/> built from them.</summary>
public static class CallerClaims
{
    public const string Actor = "mentoring_actor";

    /// <summary>The caller, or null when the principal carries no tenant and so cannot be confined to one.</summary>
    public static Caller? ToCaller(ClaimsPrincipal principal, AuthOptions options)
    {
        if (principal.Identity is not { IsAuthenticated: true })
        {
            return null;
        }

        var tenant = principal.FindFirst(options.Jwt.TenantClaim)?.Value;
        if (string.IsNullOrEmpty(tenant) || !Domain.ResourceIds.IsValid(tenant))
        {
            return null;
        }

        // JWTs carry scopes space-separated in one claim (RFC 8693); API keys one claim per scope.
        var scopes = principal.FindAll(options.Jwt.ScopeClaim)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        // "operator" reaches every tenant's keys, so only the service's own API keys carry it, never a tenant's identity provider's token.
        if (principal.Identity.AuthenticationType != ApiKeyAuthenticationHandler.SchemeName)
        {
            scopes.Remove(Scopes.Operator);
        }

        var actor = principal.FindFirst(Actor)?.Value ?? $"jwt/{principal.FindFirst("sub")?.Value ?? "unknown"}";
        return new Caller(tenant, scopes, actor);
    }
}
