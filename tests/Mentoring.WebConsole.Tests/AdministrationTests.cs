using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Administration: API keys made, rotated and revoked in the console (by the operator, or a tenant admin within its scopes) are what the gateway accepts; the audit log.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AdministrationTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_key_created_rotated_and_revoked_in_the_console_opens_and_closes_the_gateway()
    {
        await using var console = await fixture.OpenAsync();
        await console.SignInAsync(TestCredentials.OperatorKey);
        var page = console.Page;
        var secret = page.Locator("#new-secret");

        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await page.GetByLabel("Display name").FillAsync("console key");
        await page.GetByLabel("rounds.run").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^mk\\."));
        var created = await secret.TextContentAsync() ?? "";
        await Expect(page.Locator("tr[data-key='console key']")).ToContainTextAsync("participants.read, rounds.run, results.read");
        await console.CheckAsync("api-keys");
        Assert.Equal(StatusCode.OK, await StatusWithAsync(created));

        await page.GetByRole(AriaRole.Button, new() { Name = "Rotate console key" }).ClickAsync();
        await Expect(secret).Not.ToHaveTextAsync(created);
        var rotated = await secret.TextContentAsync() ?? "";
        Assert.Equal(StatusCode.Unauthenticated, await StatusWithAsync(created));
        Assert.Equal(StatusCode.OK, await StatusWithAsync(rotated));

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke console key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke console key" })).ToHaveCountAsync(0);
        Assert.Equal(StatusCode.Unauthenticated, await StatusWithAsync(rotated));
    }

    [Fact]
    public async Task A_tenant_admin_manages_its_own_tenants_keys_within_its_own_scopes()
    {
        var admin = await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, TestCredentials.Tenant, ["tenant.admin", "participants.read", "results.read"]);
        var elsewhere = await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, "console-elsewhere", ["participants.read"]);
        await using var console = await fixture.OpenAsync();
        await console.SignInAsync(admin);
        var page = console.Page;
        var secret = page.Locator("#new-secret");
        var own = page.Locator($"tr:has(td:text-is('{admin.Split('.')[1]}'))");

        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await Expect(own).ToContainTextAsync("This session's key");
        await Expect(own.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(page.GetByText(elsewhere.Split('.')[1])).ToHaveCountAsync(0);

        await page.GetByLabel("Display name").FillAsync("admin-made key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^mk\\."));
        var created = await secret.TextContentAsync() ?? "";
        await Expect(page.Locator("tr[data-key='admin-made key']")).ToContainTextAsync("participants.read, results.read");
        await console.CheckAsync("api-keys-tenant-admin");
        Assert.Equal(StatusCode.OK, await StatusWithAsync(created));

        await page.GetByRole(AriaRole.Button, new() { Name = "Rotate admin-made key" }).ClickAsync();
        await Expect(secret).Not.ToHaveTextAsync(created);
        Assert.Equal(StatusCode.Unauthenticated, await StatusWithAsync(created));

        // The page offers no scope the admin lacks, and no rotate or revoke of a key holding one (the gateway refuses both).
        await Expect(page.GetByLabel("rounds.run")).ToBeDisabledAsync();
        await Expect(page.GetByLabel("participants.write")).ToBeDisabledAsync();
        await Expect(page.GetByLabel("results.read")).ToBeEnabledAsync();
        var full = page.Locator($"tr:has(td:text-is('{fixture.Gateway.TenantKey.Split('.')[1]}'))");
        await Expect(full).ToContainTextAsync("rounds.run");
        await Expect(full.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke admin-made key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke admin-made key" })).ToHaveCountAsync(0);
        Assert.Equal(StatusCode.OK, await StatusWithAsync(elsewhere));
    }

    [Fact]
    public async Task The_audit_log_shows_an_audited_call_made_through_the_api()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-audit", participants: 2);
        using var channel = fixture.Gateway.CreateChannel();
        await new ParticipantService.ParticipantServiceClient(channel).DeleteParticipantAsync(
            new DeleteParticipantRequest { Name = "programmes/console-audit/participants/person-001" });
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = "DeleteParticipant" })).Not.ToHaveCountAsync(0);
        await console.CheckAsync("audit-log");
    }

    private async Task<StatusCode> StatusWithAsync(string secret)
    {
        using var channel = fixture.Gateway.CreateChannel(secret);
        try
        {
            await new ProgrammeService.ProgrammeServiceClient(channel).ListProgrammesAsync(new ListProgrammesRequest { PageSize = 1 });
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
