namespace Mentoring.Grains.Mail;

/// <summary>Participants' personal links ("Mentoring:Links").</summary>
public sealed class LinkOptions
{
    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes; empty: the service generates one and stores it (embedded default).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a link works after its message was written.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Where links point: the console's web address as participants reach it. Empty: the first of Mentoring:Web:Urls.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The console's address links fall back to when neither BaseUrl nor the web address says one.</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5082";

    /// <summary>These options with <see cref="BaseUrl"/> filled: as set, else the first of the web addresses (unless it is port 0), else <see cref="DefaultBaseUrl"/>.</summary>
    public LinkOptions WithBaseUrl(string webUrls)
    {
        var first = webUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var web = first is not null && Uri.TryCreate(first, UriKind.Absolute, out var uri) && uri.Port != 0 ? first : null;
        return new LinkOptions { SigningKey = SigningKey, Lifetime = Lifetime, BaseUrl = BaseUrl.Length > 0 ? BaseUrl : web ?? DefaultBaseUrl };
    }

    /// <summary>The configured key, or null when the service keeps its own.</summary>
    public byte[]? ConfiguredKey() => SigningKey.Length == 0 ? null : Convert.FromBase64String(SigningKey);

    public void Validate()
    {
        if (SigningKey.Length > 0)
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(SigningKey);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("Mentoring:Links:SigningKey must be base64 (e.g. `openssl rand -base64 32`).");
            }

            if (key.Length < 32)
            {
                throw new InvalidOperationException("Mentoring:Links:SigningKey must hold at least 32 bytes.");
            }
        }

        if (Lifetime < TimeSpan.FromMinutes(1) || Lifetime > TimeSpan.FromDays(365))
        {
            throw new InvalidOperationException("Mentoring:Links:Lifetime must be between 00:01:00 and 365.00:00:00.");
        }

        if (BaseUrl.Length > 0 && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"Mentoring:Links:BaseUrl '{BaseUrl}' must be an absolute http or https address.");
        }
    }
}
