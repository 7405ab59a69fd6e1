using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Webhooks;

/// <summary>
/// Webhook endpoints through gRPC on a real gateway whose configuration keeps the default (no private addresses): the
/// resource's life cycle with a tenant admin key, other tenants and weaker keys kept out, and URLs refused for SSRF.
/// Each test uses tenants of its own.
/// </summary>
public sealed class WebhookEndpointApiTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    private static readonly string[] AdminScopes = ["tenant.admin", "participants.read"];

    [Fact]
    public async Task A_tenant_admin_creates_reads_lists_updates_and_deletes_its_endpoints()
    {
        var hooks = await WebhooksOfAsync("hooks-life", AdminScopes);

        var created = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-life",
            WebhookEndpoint = new WebhookEndpoint { DisplayName = "Partner", Url = "https://192.0.2.10/hooks", EventTypes = { "match.accepted", "round.published" } },
        });
        var second = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-life",
            WebhookEndpoint = new WebhookEndpoint { Url = "https://198.51.100.7/other" },
        });
        var read = await hooks.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = created.WebhookEndpoint.Name });
        var firstPage = await hooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = "tenants/hooks-life", PageSize = 1 });
        var secondPage = await hooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = "tenants/hooks-life", PageSize = 1, PageToken = firstPage.NextPageToken });
        var updated = await hooks.UpdateWebhookEndpointAsync(new UpdateWebhookEndpointRequest
        {
            WebhookEndpoint = new WebhookEndpoint { Name = created.WebhookEndpoint.Name, Url = "https://192.0.2.11/moved", DisplayName = "ignored" },
            UpdateMask = new() { Paths = { "url" } },
        });
        var rotated = await hooks.RotateWebhookEndpointSecretAsync(new RotateWebhookEndpointSecretRequest { Name = created.WebhookEndpoint.Name });
        var deadLetters = await hooks.ListWebhookDeadLettersAsync(new ListWebhookDeadLettersRequest { Parent = created.WebhookEndpoint.Name });
        await hooks.DeleteWebhookEndpointAsync(new DeleteWebhookEndpointRequest { Name = second.WebhookEndpoint.Name });
        var gone = await StatusOfAsync(() => hooks.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = second.WebhookEndpoint.Name }).ResponseAsync);
        var listedAfter = await hooks.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = "tenants/hooks-life" });

        Assert.StartsWith("tenants/hooks-life/webhookEndpoints/", created.WebhookEndpoint.Name, StringComparison.Ordinal);
        Assert.StartsWith("whsec_", created.Secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(created.Secret["whsec_".Length..]).Length);
        Assert.Equal(("Partner", "https://192.0.2.10/hooks"), (read.DisplayName, read.Url));
        Assert.Equal(["match.accepted", "round.published"], read.EventTypes);
        Assert.Equal((0, (WebhookDeliveryAttempt?)null), (read.DeadLetterCount, read.LastDelivery));
        Assert.Equal(
            new[] { created.WebhookEndpoint.Name, second.WebhookEndpoint.Name }.Order(StringComparer.Ordinal),
            firstPage.WebhookEndpoints.Concat(secondPage.WebhookEndpoints).Select(e => e.Name));
        Assert.Equal("", secondPage.NextPageToken);
        Assert.Equal(("https://192.0.2.11/moved", "Partner", 2), (updated.Url, updated.DisplayName, updated.EventTypes.Count));
        Assert.StartsWith("whsec_", rotated.Secret, StringComparison.Ordinal);
        Assert.NotEqual(created.Secret, rotated.Secret);
        Assert.Empty(deadLetters.DeadLetters);
        Assert.Equal(StatusCode.NotFound, gone);
        Assert.Equal([created.WebhookEndpoint.Name], listedAfter.WebhookEndpoints.Select(e => e.Name));
    }

    [Fact]
    public async Task Another_tenants_endpoints_answer_not_found_and_a_key_without_tenant_admin_is_denied()
    {
        var mine = await WebhooksOfAsync("hooks-mine", AdminScopes);
        var theirs = await WebhooksOfAsync("hooks-theirs", AdminScopes);
        var reader = await WebhooksOfAsync("hooks-mine", ["participants.read", "results.read"]);
        var created = await mine.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-mine",
            WebhookEndpoint = new WebhookEndpoint { Url = "https://192.0.2.10/hooks" },
        });
        var name = created.WebhookEndpoint.Name;

        var get = await StatusOfAsync(() => theirs.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = name }).ResponseAsync);
        var list = await StatusOfAsync(() => theirs.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = "tenants/hooks-mine" }).ResponseAsync);
        var update = await StatusOfAsync(() => theirs.UpdateWebhookEndpointAsync(new UpdateWebhookEndpointRequest
        {
            WebhookEndpoint = new WebhookEndpoint { Name = name, Url = "https://192.0.2.66/stolen" },
            UpdateMask = new() { Paths = { "url" } },
        }).ResponseAsync);
        var delete = await StatusOfAsync(() => theirs.DeleteWebhookEndpointAsync(new DeleteWebhookEndpointRequest { Name = name }).ResponseAsync);
        var rotate = await StatusOfAsync(() => theirs.RotateWebhookEndpointSecretAsync(new RotateWebhookEndpointSecretRequest { Name = name }).ResponseAsync);
        var create = await StatusOfAsync(() => theirs.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-mine",
            WebhookEndpoint = new WebhookEndpoint { Url = "https://192.0.2.66/planted" },
        }).ResponseAsync);
        // Naming its own tenant in the path does not reach the other tenant's endpoint either.
        var disguised = await StatusOfAsync(() => theirs.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = name.Replace("hooks-mine", "hooks-theirs", StringComparison.Ordinal) }).ResponseAsync);
        var weak = await StatusOfAsync(() => reader.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = name }).ResponseAsync);
        var unchanged = await mine.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = name });
        var listed = await mine.ListWebhookEndpointsAsync(new ListWebhookEndpointsRequest { Parent = "tenants/hooks-mine" });

        Assert.Equal(
            Enumerable.Repeat(StatusCode.NotFound, 7),
            new[] { get, list, update, delete, rotate, create, disguised });
        Assert.Equal(StatusCode.PermissionDenied, weak);
        Assert.Equal("https://192.0.2.10/hooks", unchanged.Url);
        Assert.Equal([name], listed.WebhookEndpoints.Select(e => e.Name));
    }

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost:8443/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.16.0.9/hook")]
    [InlineData("https://192.168.1.20/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::7]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://224.0.0.1/hook")]
    [InlineData("http://192.0.2.10/hook")]
    [InlineData("ftp://192.0.2.10/hook")]
    [InlineData("https://user:pass@192.0.2.10/hook")]
    [InlineData("not a url")]
    public async Task A_url_on_a_private_or_loopback_address_or_not_https_is_refused_on_create_and_update(string url)
    {
        var hooks = await WebhooksOfAsync("hooks-ssrf", AdminScopes);
        var existing = await hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-ssrf",
            WebhookEndpoint = new WebhookEndpoint { Url = "https://192.0.2.10/hooks" },
        });

        await RpcAssert.RejectsFieldAsync("webhook_endpoint.url", () => hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-ssrf",
            WebhookEndpoint = new WebhookEndpoint { Url = url },
        }).ResponseAsync);
        await RpcAssert.RejectsFieldAsync("webhook_endpoint.url", () => hooks.UpdateWebhookEndpointAsync(new UpdateWebhookEndpointRequest
        {
            WebhookEndpoint = new WebhookEndpoint { Name = existing.WebhookEndpoint.Name, Url = url },
            UpdateMask = new() { Paths = { "url" } },
        }).ResponseAsync);

        var after = await hooks.GetWebhookEndpointAsync(new GetWebhookEndpointRequest { Name = existing.WebhookEndpoint.Name });
        Assert.Equal("https://192.0.2.10/hooks", after.Url);
    }

    [Fact]
    public async Task Unknown_event_types_and_another_tenants_programme_are_refused_by_field()
    {
        var hooks = await WebhooksOfAsync("hooks-fields", AdminScopes);
        var otherKey = await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, "hooks-fields-other", TestCredentials.TenantScopes);
        using (var other = new Clients(fixture.Gateway.CreateChannel(otherKey)))
        {
            await other.CreateProgrammeAsync("hooks-fields-theirs");
        }

        var refused = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => hooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest
        {
            Parent = "tenants/hooks-fields",
            WebhookEndpoint = new WebhookEndpoint { Url = "https://192.0.2.10/hooks", EventTypes = { "match.accepted", "match.exploded" }, Programme = "programmes/hooks-fields-theirs" },
        }).ResponseAsync);

        var fields = refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal);
        Assert.Equal(["webhook_endpoint.event_types[1]", "webhook_endpoint.programme"], fields);
    }

    private async Task<WebhookService.WebhookServiceClient> WebhooksOfAsync(string tenant, IEnumerable<string> scopes)
    {
        var key = await TestCredentials.CreateKeyAsync(fixture.Gateway.Address, tenant, scopes);
        return new WebhookService.WebhookServiceClient(fixture.Gateway.CreateChannel(key));
    }

    private static async Task<StatusCode> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
