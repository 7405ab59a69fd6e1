namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// What the console sends the gateway on the user's behalf: a tenant API key, or the access token OpenID Connect sign-in
/// obtained, as the gateway's own authentication reads them (<c>x-api-key</c>, or <c>authorization: Bearer</c>).
/// </summary>
public sealed record ConsoleCredential(string Header, string Value)
{
    public static ConsoleCredential ApiKey(string key) => new("x-api-key", key);

    public static ConsoleCredential Bearer(string accessToken) => new("authorization", $"Bearer {accessToken}");

    /// <summary>The key id of an API key credential ("mk.{id}.{secret}"), or null for a bearer token.</summary>
    public string? ApiKeyId => Header == "x-api-key" && Value.Split('.') is [_, var id, _] ? id : null;

    /// <summary>Never the secret: records print in logs and exceptions.</summary>
    public override string ToString() => $"{Header}: (hidden)";
}
