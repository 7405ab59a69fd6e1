using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mentoring.LoadTests.Receivers;

/// <summary>One request at the <see cref="WebhookReceiver"/>: when it arrived (Stopwatch timestamp), its headers and body.</summary>
public sealed record WebhookArrival(long ArrivedAt, string Id, string Timestamp, string Signature, string Body)
{
    /// <summary>The body's "type" and "data.subject", or empty strings when the body is not a webhook payload.</summary>
    public (string Type, string Subject) Content()
    {
        try
        {
            using var json = JsonDocument.Parse(Body);
            var root = json.RootElement;
            var subject = root.TryGetProperty("data", out var data) && data.TryGetProperty("subject", out var s) ? s.GetString() ?? "" : "";
            return (root.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "", subject);
        }
        catch (JsonException)
        {
            return ("", "");
        }
    }

    /// <summary>Standard Webhooks v1: base64(HMAC-SHA256(secret after "whsec_", "{id}.{timestamp}.{body}")) among the signatures.</summary>
    public bool IsSignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
        return Signature.Split(' ').Contains(expected, StringComparer.Ordinal);
    }
}
