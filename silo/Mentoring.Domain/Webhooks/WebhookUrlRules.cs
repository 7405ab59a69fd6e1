using System.Net;

namespace Mentoring.Domain.Webhooks;

/// <summary>
/// What a webhook URL must be, checked when it is registered and again before each delivery: absolute https (http only
/// where private addresses are allowed, which is for tests and closed networks), no user info or fragment, at most
/// <see cref="MaxLength"/> characters, and every address its host resolves to public unless
/// <see cref="AllowPrivateAddresses"/>. The connection itself is checked again on the address actually connected.
/// </summary>
public sealed record WebhookUrlRules(bool AllowPrivateAddresses)
{
    public const int MaxLength = 2048;

    /// <summary>Why the URL's form is refused, or null when it is acceptable (its addresses are checked apart).</summary>
    public string? FormProblem(string url)
    {
        if (url.Length == 0)
        {
            return "is required";
        }

        if (url.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "must be an absolute URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(AllowPrivateAddresses && uri.Scheme == Uri.UriSchemeHttp))
        {
            return "must use https";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "must not carry user info or a fragment";
        }

        return null;
    }

    /// <summary>Why the addresses a host resolved to are refused, or null when every one may be reached.</summary>
    public string? AddressProblem(IReadOnlyCollection<IPAddress> addresses)
    {
        if (addresses.Count == 0)
        {
            return "must name a host that resolves to an address";
        }

        return AllowPrivateAddresses || addresses.All(WebhookAddresses.IsPublic)
            ? null
            : "must not resolve to a loopback, private, link-local or other non-public address";
    }
}
