using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring keys`: an operator manages a tenant's keys through ApiKeyService, and each secret works exactly as long as it should.</summary>
[Collection(CliServerCollection.Name)]
public sealed class KeyCommandTests(CliServerFixture server)
{
    [Fact]
    public async Task An_operator_creates_lists_rotates_and_revokes_a_tenant_key_and_each_secret_works_until_replaced()
    {
        const string tenant = "cli-keys";
        var create = await WithKey(TestCredentials.OperatorKey,
            "keys", "create", tenant, "--scopes", "participants.read,results.read", "--scopes", "tenant.admin", "--display-name", "CLI test key");
        Assert.True(create.ExitCode == ExitCodes.Success, create.ToString());
        var secret = Assert.Single(create.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var name = TestCredentials.KeyName(tenant, secret);
        Assert.Contains(name, create.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await WithKey(secret, "programmes", "list")).ExitCode);

        var list = await WithKey(TestCredentials.OperatorKey, "keys", "list", $"tenants/{tenant}", "-o", "json");
        Assert.True(list.ExitCode == ExitCodes.Success, list.ToString());
        var key = Assert.Single(JsonNode.Parse(list.Out)!["api_keys"]!.AsArray())!;
        Assert.Equal(name, (string?)key["name"]);
        Assert.Equal("CLI test key", (string?)key["display_name"]);
        Assert.Equal(["participants.read", "results.read", "tenant.admin"], key["scopes"]!.AsArray().Select(s => (string?)s));
        var table = await WithKey(TestCredentials.OperatorKey, "keys", "list", tenant);
        Assert.Contains(name, table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, table.Out, StringComparison.Ordinal);

        var rotate = await WithKey(TestCredentials.OperatorKey, "keys", "rotate", name);
        Assert.True(rotate.ExitCode == ExitCodes.Success, rotate.ToString());
        var rotated = rotate.Out.Trim();
        Assert.Equal(name, TestCredentials.KeyName(tenant, rotated));
        Assert.NotEqual(secret, rotated);
        Assert.StartsWith("Unauthenticated: ", (await WithKey(secret, "programmes", "list")).Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await WithKey(rotated, "programmes", "list")).ExitCode);

        var revoke = await WithKey(TestCredentials.OperatorKey, "keys", "revoke", name, "-o", "json");
        Assert.True(revoke.ExitCode == ExitCodes.Success, revoke.ToString());
        Assert.NotNull(JsonNode.Parse(revoke.Out)!["revoke_time"]);
        Assert.StartsWith("Unauthenticated: ", (await WithKey(rotated, "programmes", "list")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_key_may_not_create_an_operator_key_and_the_refusal_is_one_line()
    {
        var refused = await CliRun.AgainstAsync(server, "keys", "create", TestCredentials.Tenant, "--scopes", "operator");

        Assert.Equal(ExitCodes.Failed, refused.ExitCode);
        Assert.Equal("", refused.Out);
        Assert.StartsWith("PermissionDenied: ", Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expiry_that_is_not_a_time_is_refused_in_one_line()
    {
        var refused = await WithKey(TestCredentials.OperatorKey, "keys", "create", "cli-keys-expiry", "--scopes", "participants.read", "--expires", "next tuesday");

        Assert.Equal(ExitCodes.Failed, refused.ExitCode);
        Assert.StartsWith("InvalidInput: --expires \"next tuesday\"", Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private Task<CliResult> WithKey(string apiKey, params string[] args) => CliRun.WithKeyAsync(server, apiKey, args);
}
