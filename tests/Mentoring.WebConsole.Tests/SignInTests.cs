using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>The console opens at the root of the web address, signs in with a tenant API key and signs out.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Opening_the_web_address_without_a_session_shows_the_sign_in_page()
    {
        await using var console = await fixture.OpenAsync();

        await console.Page.GotoAsync("/");

        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
        await Expect(console.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await console.CheckAsync("sign-in");
    }

    [Fact]
    public async Task Signing_in_with_a_tenant_key_shows_the_programmes_and_signing_out_ends_the_session()
    {
        await using var console = await fixture.OpenAsync();

        await console.SignInAsync();
        await Expect(console.Page.GetByText("Signed in to tenant")).ToBeVisibleAsync();
        await console.CheckAsync("programmes");
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(console.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await console.Page.GotoAsync("/");

        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
    }

    [Fact]
    public async Task Without_openid_connect_settings_the_sign_in_page_offers_no_provider()
    {
        await using var console = await fixture.OpenAsync();

        await console.Page.GotoAsync("/sign-in");

        await Expect(console.Page.GetByLabel("API key")).ToBeVisibleAsync();
        await Expect(console.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await console.Page.Context.APIRequest.GetAsync("/sign-in/oidc", new() { MaxRedirects = 0 })).Status);
    }

    [Fact]
    public async Task A_key_the_gateway_does_not_know_is_refused()
    {
        await using var console = await fixture.OpenAsync();
        await console.Page.GotoAsync("/sign-in");

        await console.Page.GetByLabel("Tenant").FillAsync("tests");
        await console.Page.GetByLabel("API key").FillAsync("mk.k000000000000000000.not-a-key");
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(console.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The gateway did not accept this key.");
        await console.Page.GotoAsync("/");
        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
    }

    [Fact]
    public async Task A_browser_asking_for_German_gets_the_console_in_German()
    {
        await using var console = await fixture.OpenAsync(locale: "de-DE");

        await console.Page.GotoAsync("/sign-in");

        await Expect(console.Page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden" })).ToBeVisibleAsync();
        await Expect(console.Page.GetByLabel("API-Schlüssel")).ToBeVisibleAsync();
        await Expect(console.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }

    [Fact]
    public async Task The_console_cookie_is_no_credential_for_the_rest_api()
    {
        await using var console = await fixture.SignedInAsync();

        var rest = await console.Page.Context.APIRequest.GetAsync("/v1/programmes");
        var report = await console.Page.Context.APIRequest.GetAsync("/v1/programmes/any/rounds/any/report.html");

        Assert.Equal(401, rest.Status);
        Assert.Equal(401, report.Status);
    }

    [Fact]
    public async Task Signing_in_works_from_the_keyboard_alone()
    {
        await using var console = await fixture.OpenAsync();
        var page = console.Page;
        await page.GotoAsync("/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Tenant")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("tests");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("API key")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(fixture.Gateway.TenantKey);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programmes", Level = 1 })).ToBeVisibleAsync();
    }
}
