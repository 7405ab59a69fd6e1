using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>The webhooks page: a tenant admin registers an endpoint (its secret shown once), sees its last delivery, is told why a private URL is refused, and deletes it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class WebhookPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_tenant_admin_creates_sees_and_deletes_a_webhook_endpoint_and_a_loopback_url_is_refused()
    {
        var tenant = TestCredentials.Tenant;
        var admin = await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, tenant, ["tenant.admin", "participants.read"]);
        await using var console = await fixture.OpenAsync();
        await console.SignInAsync(admin);
        var page = console.Page;
        var row = page.Locator("tr[data-endpoint='https://192.0.2.10/hooks']");

        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Expect(page.GetByText("No endpoints.")).ToBeVisibleAsync();
        await page.GetByLabel("URL").FillAsync("https://192.0.2.10/hooks");
        await page.GetByLabel("Event types").FillAsync("match.accepted, round.published");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create endpoint" }).ClickAsync();
        await Expect(page.Locator("#new-secret")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        await Expect(row).ToContainTextAsync("match.accepted, round.published");
        await Expect(row).ToContainTextAsync("none yet");
        await console.CheckAsync("webhooks");

        var hooks = new WebhookService.WebhookServiceClient(fixture.Gateway.CreateChannel(admin));
        var listed = await hooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = $"tenants/{tenant}" });
        Assert.Equal(["https://192.0.2.10/hooks"], listed.WebhookEndpoints.Select(e => e.Url));

        await page.GetByLabel("URL").FillAsync("https://127.0.0.1/hooks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create endpoint" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("webhook_endpoint.url");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete https://192.0.2.10/hooks" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        Assert.Empty((await hooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = $"tenants/{tenant}" })).WebhookEndpoints);
    }
}
