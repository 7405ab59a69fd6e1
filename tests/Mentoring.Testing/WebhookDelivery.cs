using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mentoring.Testing;

/// <summary>One request a <see cref="WebhookReceiver"/> got: the Standard Webhooks headers and the body as sent.</summary>
public sealed record WebhookDelivery(string Id, string Timestamp, string Signature, string Body)
{
    /// <summary>The body's "type", e.g. "match.accepted".</summary>
    public string Type => Json().GetProperty("type").GetString() ?? "";

    /// <summary>A field of the body's "data", e.g. "subject" or "state"; empty when absent.</summary>
    public string Data(string field) =>
        Json().GetProperty("data").TryGetProperty(field, out var value) ? value.ToString() : "";

    /// <summary>
    /// Standard Webhooks, checked independently of the product's code: one of the space-separated signatures is
    /// "v1," + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), the key being the secret after "whsec_", base64.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
        return Signature.Split(' ').Contains(expected, StringComparer.Ordinal);
    }

    private JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }
}
