using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>
/// Opaque page tokens holding the last id returned. The scope (e.g. parent and filter) is hashed in,
/// so a token replayed with different list parameters is rejected as AIP-158 asks.
/// </summary>
public static class PageTokens
{
    private const string Version = "v1";
    private const char Separator = '|';

    public static string Encode(string lastId) => Encode(lastId, "");

    public static string Encode(string lastId, string scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(lastId);
        var payload = $"{Version}{Separator}{ScopeHash(scope)}{Separator}{lastId}";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
    }

    public static bool TryDecode(string? token, [NotNullWhen(true)] out string? lastId) => TryDecode(token, "", out lastId);

    public static bool TryDecode(string? token, string scope, [NotNullWhen(true)] out string? lastId)
    {
        lastId = null;
        if (string.IsNullOrEmpty(token) || token.Length > 512 || !Base64Url.IsValid(token))
        {
            return false;
        }

        string payload;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return false;
        }

        var parts = payload.Split(Separator, 3);
        if (parts is not [Version, var hash, var id] || hash != ScopeHash(scope) || !ResourceIds.IsValid(id))
        {
            return false;
        }

        lastId = id;
        return true;
    }

    private static string ScopeHash(string scope) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)), 0, 6);
}
