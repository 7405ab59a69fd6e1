namespace Mentoring.Api.Security;

/// <summary>Authentication settings, bound from "Mentoring:Auth" (docs/CONFIGURATION.md).</summary>
public sealed class AuthOptions
{
    public const string Section = "Mentoring:Auth";

    /// <summary>False turns every check off: each call acts for the default tenant with every scope. Logged as a warning at every start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bootstrap operator key: read if the file exists, otherwise generated and written there. Empty: "operator.key" in the data folder.</summary>
    public string OperatorKeyFile { get; set; } = "";

    public JwtSettings Jwt { get; set; } = new();
}

/// <summary>Bearer tokens from a tenant's own identity provider.</summary>
public sealed class JwtSettings
{
    /// <summary>Accepted "iss"; bearer tokens are refused unless this or <see cref="Authority"/> is set.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>Accepted "aud".</summary>
    public string Audience { get; set; } = "";

    /// <summary>OpenID Connect authority whose discovery document supplies the signing keys.</summary>
    public string Authority { get; set; } = "";

    /// <summary>HMAC signing keys, base64; for issuers that share a secret with the service.</summary>
    public List<string> SymmetricKeys { get; set; } = [];

    /// <summary>RSA or EC public keys, PEM ("-----BEGIN PUBLIC KEY-----...").</summary>
    public List<string> PublicKeysPem { get; set; } = [];

    /// <summary>The claim naming the caller's tenant.</summary>
    public string TenantClaim { get; set; } = "tenant";

    /// <summary>The claim holding the space-separated scopes.</summary>
    public string ScopeClaim { get; set; } = "scope";

    public bool IsConfigured => Issuer.Length > 0 || Authority.Length > 0;
}
