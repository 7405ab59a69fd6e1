using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring webhooks`: a tenant admin registers, lists and deletes its endpoints through WebhookService.</summary>
[Collection(CliServerCollection.Name)]
public sealed class WebhookCommandTests(CliServerFixture server)
{
    [Fact]
    public async Task A_tenant_admin_creates_lists_and_deletes_an_endpoint_and_sees_its_secret_once()
    {
        const string tenant = "cli-hooks";
        var admin = await TestCredentials.CreateKeyAsync(server.Gateway.Address, tenant, ["tenant.admin"]);

        var create = await CliRun.WithKeyAsync(server, admin,
            "webhooks", "create", tenant, "--url", "https://192.0.2.10/hooks", "--event-types", "match.accepted,round.published", "--display-name", "Partner");
        Assert.True(create.ExitCode == ExitCodes.Success, create.ToString());
        var secret = Assert.Single(create.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var list = await CliRun.WithKeyAsync(server, admin, "webhooks", "list", tenant, "-o", "json");
        Assert.True(list.ExitCode == ExitCodes.Success, list.ToString());
        var endpoint = Assert.Single(JsonNode.Parse(list.Out)!["webhook_endpoints"]!.AsArray())!;
        var name = (string)endpoint["name"]!;
        Assert.Contains(name, create.Error, StringComparison.Ordinal);
        Assert.Equal("https://192.0.2.10/hooks", (string?)endpoint["url"]);
        Assert.Equal(["match.accepted", "round.published"], endpoint["event_types"]!.AsArray().Select(t => (string?)t));
        var table = await CliRun.WithKeyAsync(server, admin, "webhooks", "list", tenant);
        Assert.Contains("none yet", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, table.Out, StringComparison.Ordinal);

        var deadLetters = await CliRun.WithKeyAsync(server, admin, "webhooks", "dead-letters", name, "-o", "json");
        Assert.True(deadLetters.ExitCode == ExitCodes.Success, deadLetters.ToString());
        Assert.Empty(JsonNode.Parse(deadLetters.Out)!["dead_letters"]!.AsArray());

        var delete = await CliRun.WithKeyAsync(server, admin, "webhooks", "delete", name);
        Assert.True(delete.ExitCode == ExitCodes.Success, delete.ToString());
        var after = await CliRun.WithKeyAsync(server, admin, "webhooks", "list", tenant, "-o", "json");
        Assert.Empty(JsonNode.Parse(after.Out)!["webhook_endpoints"]!.AsArray());
    }

    [Fact]
    public async Task A_loopback_url_is_refused_naming_the_field()
    {
        var admin = await TestCredentials.CreateKeyAsync(server.Gateway.Address, "cli-hooks-ssrf", ["tenant.admin"]);

        var refused = await CliRun.WithKeyAsync(server, admin, "webhooks", "create", "cli-hooks-ssrf", "--url", "https://127.0.0.1/hooks");

        Assert.Equal(ExitCodes.Failed, refused.ExitCode);
        Assert.Contains("webhook_endpoint.url", refused.Error, StringComparison.Ordinal);
    }
}
