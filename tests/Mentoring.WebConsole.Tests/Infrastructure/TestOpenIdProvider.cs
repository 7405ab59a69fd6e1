using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mentoring.WebConsole.Tests.Infrastructure;

/// <summary>
/// A minimal OpenID provider for the console's tests only, on 127.0.0.1 at a port Kestrel picks itself (port 0, so no
/// race): discovery, a JWKS with a generated RSA key, an authorize endpoint that signs in <see cref="User"/> at once and
/// sends a code back, and a token endpoint that checks the client secret and the PKCE verifier and issues an id_token and
/// an access token shaped for the gateway's JWT path (issuer, audience, "tenant" and "scope" claims).
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "mentoring-console";
    public const string Audience = "mentoring-api";

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _accessTokens = new();
    private WebApplication? _app;

    private TestOpenIdProvider()
    {
    }

    public string ClientSecret { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    /// <summary>"http://127.0.0.1:{port}": the issuer and the authority.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The user the authorize endpoint signs in (there is no login form).</summary>
    public TestUser User { get; set; } = new("nobody", "nobody", "");

    /// <summary>Every access token issued so far.</summary>
    public IReadOnlyCollection<string> AccessTokens => _accessTokens;

    /// <summary>The token signing key, as the gateway's Mentoring:Auth:Jwt:PublicKeysPem takes it.</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public static async Task<TestOpenIdProvider> StartAsync()
    {
        var provider = new TestOpenIdProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider._app = app;
        provider.Issuer = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    /// <summary>Gateway settings that make it trust this provider's access tokens and offer it on the console's sign-in page.</summary>
    public Dictionary<string, string> GatewaySettings() => new()
    {
        ["Mentoring:Auth:Jwt:Issuer"] = Issuer,
        ["Mentoring:Auth:Jwt:Audience"] = Audience,
        ["Mentoring:Auth:Jwt:PublicKeysPem:0"] = PublicKeyPem,
        ["Mentoring:Web:OpenIdConnect:Authority"] = Issuer,
        ["Mentoring:Web:OpenIdConnect:ClientId"] = ClientId,
        ["Mentoring:Web:OpenIdConnect:ClientSecret"] = ClientSecret,
        ["Mentoring:Web:OpenIdConnect:DisplayName"] = "Test IdP",
        ["Mentoring:Web:OpenIdConnect:Scopes:0"] = "mentoring",
        ["Mentoring:Web:OpenIdConnect:RequireHttpsMetadata"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["grant_types_supported"] = new[] { "authorization_code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["scopes_supported"] = new[] { "openid", "mentoring" },
    });

    private IResult Keys()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = _keyId,
                    ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                    ["e"] = Base64Url.EncodeToString(parameters.Exponent),
                },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["redirect_uri"]) || string.IsNullOrEmpty(query["state"]))
        {
            return Results.BadRequest("A code flow request with PKCE (S256), a redirect URI and a state is required.");
        }

        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new Grant(User, query["redirect_uri"]!, query["code_challenge"]!, query["nonce"].ToString());
        var separator = query["redirect_uri"].ToString().Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{query["redirect_uri"]}{separator}code={code}&state={Uri.EscapeDataString(query["state"]!)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        if (!ClientAuthenticated(request, form))
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        var verifier = form["code_verifier"].ToString();
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (verifier.Length == 0 || challenge != grant.CodeChallenge || form["redirect_uri"] != grant.RedirectUri)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verifier or redirect URI does not match." }, statusCode: 400);
        }

        var now = DateTimeOffset.UtcNow;
        var accessToken = Sign(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = grant.User.Subject,
            ["client_id"] = ClientId,
            ["tenant"] = grant.User.Tenant,
            ["scope"] = grant.User.Scopes,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + TokenLifetime).ToUnixTimeSeconds(),
        });
        var idClaims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = ClientId,
            ["sub"] = grant.User.Subject,
            ["name"] = grant.User.Subject,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + TokenLifetime).ToUnixTimeSeconds(),
            ["at_hash"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        if (grant.Nonce.Length > 0)
        {
            idClaims["nonce"] = grant.Nonce;
        }

        _accessTokens.Enqueue(accessToken);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["id_token"] = Sign(idClaims),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
        });
    }

    private bool ClientAuthenticated(HttpRequest request, IFormCollection form)
    {
        if (form["client_id"] == ClientId && form["client_secret"] == ClientSecret)
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Basic ", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])) == $"{Uri.EscapeDataString(ClientId)}:{Uri.EscapeDataString(ClientSecret)}";
    }

    private string Sign(Dictionary<string, object> claims)
    {
        var header = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = _keyId }));
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = _key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    private sealed record Grant(TestUser User, string RedirectUri, string CodeChallenge, string Nonce);
}

/// <summary>A user of <see cref="TestOpenIdProvider"/>: subject, the tenant claim and the space-separated scopes of their access token.</summary>
public sealed record TestUser(string Subject, string Tenant, string Scopes);
