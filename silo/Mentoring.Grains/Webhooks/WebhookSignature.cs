using System.Security.Cryptography;
using System.Text;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Grains.Webhooks;

/// <summary>Standard Webhooks signing: "v1," + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")).</summary>
public static class WebhookSignature
{
    /// <summary>The value of the webhook-signature header for one request.</summary>
    public static string Sign(string secret, string webhookId, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.Key(secret), Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")));
}
