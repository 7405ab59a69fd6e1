using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>HS256 JSON Web Tokens the tests sign themselves, as a tenant's identity provider would.</summary>
public static class TestTokens
{
    public const string Issuer = "https://idp.tests.invalid";
    public const string Audience = "mentoring-api";

    /// <summary>The shared signing key, base64, as the gateway's configuration takes it.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string tenant, string scopes, DateTimeOffset expires, string? key = null, string issuer = Issuer)
    {
        var header = Segment(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" });
        var payload = Segment(new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = Audience,
            ["sub"] = "partner-user-1",
            ["tenant"] = tenant,
            ["scope"] = scopes,
            ["iat"] = expires.AddHours(-1).ToUnixTimeSeconds(),
            ["nbf"] = expires.AddHours(-1).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        });
        var signature = HMACSHA256.HashData(Convert.FromBase64String(key ?? SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>Gateway settings that accept these tokens.</summary>
    public static Dictionary<string, string> Settings() => new()
    {
        ["Mentoring:Auth:Jwt:Issuer"] = Issuer,
        ["Mentoring:Auth:Jwt:Audience"] = Audience,
        ["Mentoring:Auth:Jwt:SymmetricKeys:0"] = SigningKey,
    };

    private static string Segment(Dictionary<string, object> claims) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
}
