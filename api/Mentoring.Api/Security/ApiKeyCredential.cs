using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Mentoring.Api.Security;

/// <summary>
/// The text of an API key: "mk.{key id}.{secret}". The id finds the key's grain; the secret is 256 random bits,
/// base64url, and is checked against the salted hash stored there.
/// </summary>
public static class ApiKeyCredential
{
    private const string Prefix = "mk";
    private const int SecretBytes = 32;
    private const int KeyIdBytes = 9;

    public static string NewKeyId() => "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdBytes));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Format(string keyId, string secret) => $"{Prefix}.{keyId}.{secret}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out string? keyId, [NotNullWhen(true)] out string? secret)
    {
        keyId = null;
        secret = null;
        var parts = text?.Trim().Split('.');
        if (parts is not [Prefix, var id, var s] || !Domain.ResourceIds.IsValid(id) || s.Length is 0 or > 128 || !Base64Url.IsValid(s))
        {
            return false;
        }

        keyId = id;
        secret = s;
        return true;
    }
}
