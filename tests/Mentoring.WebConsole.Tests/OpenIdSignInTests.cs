using Mentoring.Api.Tests.Infrastructure;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>
/// OpenID Connect sign-in, through the test provider: the console calls the gateway with the user's access token, so the
/// token's tenant and scopes decide what the pages show; tenant keys keep working beside it.
/// </summary>
public sealed class OpenIdSignInTests(OpenIdConsoleFixture fixture) : IClassFixture<OpenIdConsoleFixture>
{
    private const string Tenant = "oidc-acme";
    private static readonly string AllScopes = string.Join(' ', TestCredentials.TenantScopes);

    [Fact]
    public async Task Signing_in_with_the_provider_lands_on_the_programmes_of_the_tokens_tenant()
    {
        await CreateProgrammeAsync(Tenant, "oidc-acme-2026", "Acme through OIDC");
        await CreateProgrammeAsync(TestCredentials.Tenant, "oidc-other-2026", "Another tenant's programme");
        fixture.Provider.User = new TestUser("ada", Tenant, AllScopes);
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        await page.GotoAsync("/sign-in");
        await console.CheckAsync("sign-in-oidc");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Test IdP" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programmes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync($"Signed in to tenant {Tenant}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Acme through OIDC" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Another tenant's programme")).ToHaveCountAsync(0);
        // The console keeps the token only inside its encrypted cookie: no cookie shows the token's claims.
        var token = fixture.Provider.AccessTokens.Last();
        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name.StartsWith("mentoring.console", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain(token.Split('.')[1], c.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_whose_token_lacks_a_scope_sees_the_gateways_refusal()
    {
        fixture.Provider.User = new TestUser("bo", Tenant, "results.read");
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        await page.GotoAsync("/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Test IdP" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programmes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This credential lacks the scope \"participants.read\".");
        await console.CheckAsync("programmes-oidc-refused");
    }

    [Fact]
    public async Task A_token_without_a_tenant_is_not_signed_in()
    {
        fixture.Provider.User = new TestUser("cy", "", AllScopes);
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        await page.GotoAsync("/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Test IdP" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Signing in with the identity provider did not succeed, or the gateway did not accept its token.");
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
    }

    [Fact]
    public async Task Tenant_keys_keep_working_beside_the_provider()
    {
        await using var console = await fixture.OpenAsync();

        await console.SignInAsync();

        await Expect(console.Page.Locator(".who")).ToHaveTextAsync($"Signed in to tenant {TestCredentials.Tenant}");
    }

    private async Task CreateProgrammeAsync(string tenant, string programmeId, string displayName)
    {
        var key = tenant == TestCredentials.Tenant
            ? fixture.Gateway.TenantKey
            : await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, tenant, TestCredentials.TenantScopes);
        using var clients = new Clients(fixture.Gateway.CreateChannel(key));
        await clients.CreateProgrammeAsync(programmeId, Builders.Programme(displayName));
    }
}
