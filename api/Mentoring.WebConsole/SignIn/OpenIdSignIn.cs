using Mentoring.WebConsole.Gateway;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// Signs a console user in through the configured OpenID Connect provider: authorization code flow with PKCE, then the
/// access token becomes the user's credential for the gateway (<c>authorization: Bearer</c>), so the gateway's JWT path maps
/// its tenant and scopes and authorises every call exactly as for any bearer token. The tokens are kept only inside the
/// console's encrypted cookie, which ends when the access token does.
/// </summary>
public static class OpenIdSignIn
{
    public const string Scheme = "MentoringConsoleOpenId";

    public const string ChallengePath = "/sign-in/oidc";

    /// <summary>The sign-in page's query flag after a sign-in the provider or the gateway did not complete.</summary>
    public const string FailedFlag = "oidc-failed";

    /// <summary>Registers the provider; <paramref name="tenantClaim"/> is the gateway's JWT tenant claim.</summary>
    public static void Add(AuthenticationBuilder authentication, OpenIdSettings settings, string tenantClaim) =>
        authentication.AddOpenIdConnect(Scheme, settings.ProviderName, oidc =>
        {
            oidc.SignInScheme = ConsoleAuthentication.Scheme;
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;

            // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax (a form post
            // from the provider's site would need SameSite=None, which browsers refuse without HTTPS).
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;

            oidc.Scope.Clear();
            oidc.Scope.Add(OpenIdConnectScope.OpenId);
            foreach (var scope in settings.Scopes.Where(s => s != OpenIdConnectScope.OpenId))
            {
                oidc.Scope.Add(scope);
            }

            // The principal the cookie keeps is the console's own (tenant and credential), built below; nothing else of the
            // provider's answer is stored.
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.Events.OnTokenValidated = context => AcceptAsync(context, tenantClaim);
            oidc.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect($"/sign-in?{FailedFlag}=1");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

    /// <summary>Starts the sign-in at the provider; the console's programmes page follows it.</summary>
    public static IResult Challenge() => Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);

    private static async Task AcceptAsync(TokenValidatedContext context, string tenantClaim)
    {
        var accessToken = context.TokenEndpointResponse?.AccessToken;
        if (string.IsNullOrEmpty(accessToken))
        {
            context.Fail("The provider returned no access token.");
            return;
        }

        // The gateway validates the token on every call; here it is only read, for the tenant to show and its lifetime.
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(accessToken);
        }
        catch (ArgumentException)
        {
            context.Fail("The provider's access token is not a JWT, the only kind of bearer token the gateway accepts.");
            return;
        }

        if (!token.TryGetPayloadValue<string>(tenantClaim, out var tenant) || string.IsNullOrEmpty(tenant))
        {
            context.Fail($"The provider's access token has no \"{tenantClaim}\" claim naming the tenant.");
            return;
        }

        var credential = ConsoleCredential.Bearer(accessToken);
        var gateway = context.HttpContext.RequestServices.GetRequiredService<GatewayChannel>();
        if (!await KeyCheck.AcceptedAsync(gateway, tenant, credential, context.HttpContext.RequestAborted))
        {
            context.Fail("The gateway did not accept the provider's access token.");
            return;
        }

        context.Principal = ConsoleAuthentication.BearerPrincipal(tenant, accessToken);
        if (token.ValidTo > DateTime.MinValue && context.Properties is { } properties)
        {
            // The session ends with the token: a cookie that outlived it would only collect UNAUTHENTICATED answers.
            properties.ExpiresUtc = new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc));
            properties.AllowRefresh = false;
        }
    }
}
