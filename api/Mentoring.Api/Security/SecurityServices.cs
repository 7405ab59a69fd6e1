using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Api.Security;

/// <summary>Registers authentication (API keys and JWT bearer), the authorization interceptor's helpers and rate limiting.</summary>
public static class SecurityServices
{
    private const string SelectorScheme = "Mentoring";

    public static AuthOptions AddMentoringSecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var rates = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton(rates);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProgrammeOwnership>();
        builder.Services.AddSingleton<ParticipantLinkCredential>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddHostedService<OperatorBootstrap>();

        var authentication = builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) || !auth.Jwt.IsConfigured
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (auth.Jwt.IsConfigured)
        {
            authentication.AddJwtBearer(o => ConfigureJwt(o, auth.Jwt));
        }

        builder.Services.AddTenantRateLimiting(rates, auth);
        return auth;
    }

    public static void UseMentoringSecurity(this WebApplication app)
    {
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
    }

    private static void ConfigureJwt(JwtBearerOptions options, JwtSettings jwt)
    {
        options.MapInboundClaims = false;
        if (jwt.Authority.Length > 0)
        {
            options.Authority = jwt.Authority;
        }

        var keys = new List<SecurityKey>();
        keys.AddRange(jwt.SymmetricKeys.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(k))));
        keys.AddRange(jwt.PublicKeysPem.Select(PublicKey));
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = jwt.Issuer.Length > 0,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = jwt.Audience.Length > 0,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = keys,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    private static SecurityKey PublicKey(string pem)
    {
        // "BEGIN PUBLIC KEY" does not say which algorithm; the key's own encoding does.
        var rsa = System.Security.Cryptography.RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            rsa.Dispose();
            var ec = System.Security.Cryptography.ECDsa.Create();
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
    }
}
