using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Domain.Links;

/// <summary>
/// Personal link tokens: the link's fields, '|'-separated, then an HMAC-SHA256 of them under the service's signing key,
/// each part base64url, joined by '.'. Ids never hold '|' (<see cref="ResourceIds"/>), so the fields split back unambiguously.
/// </summary>
public static class ParticipantLinkTokens
{
    private const string Version = "l1";
    private const int MinKeyBytes = 32;

    public static string Sign(ParticipantLink link, ReadOnlySpan<byte> key)
    {
        CheckKey(key);
        var payload = Encoding.UTF8.GetBytes(string.Join('|',
            Version, link.LinkId, link.ProgrammeId, link.RoundId, link.MenteeId, link.ParticipantId, link.Action,
            link.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>The link a token carries when its signature holds and it has not expired at <paramref name="now"/>.</summary>
    public static LinkRefusal TryRead(string token, ReadOnlySpan<byte> key, DateTimeOffset now, out ParticipantLink? link)
    {
        CheckKey(key);
        link = null;
        var dot = token.IndexOf('.');
        if (token.Length > 2048 || dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return LinkRefusal.Malformed;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return LinkRefusal.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return LinkRefusal.Tampered;
        }

        if (Fields(payload) is not { } read)
        {
            return LinkRefusal.Malformed;
        }

        if (now >= read.ExpiresAt)
        {
            return LinkRefusal.Expired;
        }

        link = read;
        return LinkRefusal.None;
    }

    /// <summary>
    /// The fields of a token without checking its signature: only to address a request (which match), never to trust;
    /// null when the token is not shaped like one.
    /// </summary>
    public static ParticipantLink? ReadUnverified(string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            return Fields(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ParticipantLink? Fields(byte[] payload)
    {
        var fields = Encoding.UTF8.GetString(payload).Split('|');
        return fields.Length == 8 && fields[0] == Version && long.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            ? new ParticipantLink(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"A link signing key has at least {MinKeyBytes} bytes.", nameof(key));
        }
    }
}
