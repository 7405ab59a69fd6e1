namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// OpenID Connect sign-in for the console, bound from "Mentoring:Web:OpenIdConnect" (docs/CONFIGURATION.md). Unset
/// (no authority), the console signs in with tenant API keys only.
/// </summary>
public sealed class OpenIdSettings
{
    public const string Section = "Mentoring:Web:OpenIdConnect";

    /// <summary>The provider's issuer URL; its discovery document (/.well-known/openid-configuration) supplies the endpoints and keys.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The console's client id at the provider (a confidential web client with redirect URI {web address}/signin-oidc).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The client's secret, sent to the token endpoint.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The provider's name on the sign-in button ("Sign in with ..."); empty: the authority's host.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Scopes requested besides "openid", e.g. the ones that make the provider put the gateway's scopes in the access token.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Refuse an authority over plain HTTP; false only for a provider on the loopback address (tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => Authority.Length > 0;

    public string ProviderName => DisplayName.Length > 0 ? DisplayName : new Uri(Authority).Host;
}
