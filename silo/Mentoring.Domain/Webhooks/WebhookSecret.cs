using System.Security.Cryptography;

namespace Mentoring.Domain.Webhooks;

/// <summary>A webhook signing secret in the Standard Webhooks form: "whsec_" + base64 of 32 random key bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";
    private const int KeyBytes = 32;

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The HMAC key of <paramref name="secret"/>.</summary>
    public static byte[] Key(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
