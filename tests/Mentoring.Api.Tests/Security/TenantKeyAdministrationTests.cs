using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// A tenant admin manages its own tenant's API keys, never another tenant's, and never a key with a scope it does not
/// hold itself (no privilege escalation). Each test uses tenants of its own.
/// </summary>
public sealed class TenantKeyAdministrationTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    private static readonly string[] AdminScopes = ["tenant.admin", "participants.read", "results.read"];

    [Fact]
    public async Task A_tenant_admin_lists_creates_rotates_and_revokes_keys_of_its_own_tenant()
    {
        var admin = await KeyAsync("keys-own", AdminScopes);
        var keys = KeysWith(admin);

        var created = await keys.CreateApiKeyAsync(new CreateApiKeyRequest { Parent = "tenants/keys-own", ApiKey = NewKey("reader", "participants.read") });
        var listed = await keys.ListApiKeysAsync(new ListApiKeysRequest { Parent = "tenants/keys-own" });
        var readerWorks = await StatusWithAsync(created.Secret);
        var rotated = await keys.RotateApiKeyAsync(new RotateApiKeyRequest { Name = created.ApiKey.Name });
        var oldSecret = await StatusWithAsync(created.Secret);
        await keys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = created.ApiKey.Name });
        var newSecretAfterRevoke = await StatusWithAsync(rotated.Secret);

        Assert.StartsWith("tenants/keys-own/apiKeys/", created.ApiKey.Name, StringComparison.Ordinal);
        Assert.Equal(
            new[] { TestCredentials.KeyName("keys-own", admin), created.ApiKey.Name }.Order(StringComparer.Ordinal),
            listed.ApiKeys.Select(k => k.Name).Order(StringComparer.Ordinal));
        Assert.Equal((StatusCode.OK, StatusCode.Unauthenticated, StatusCode.Unauthenticated), (readerWorks, oldSecret, newSecretAfterRevoke));
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("participants.write")]
    [InlineData("rounds.run")]
    public async Task A_tenant_admin_cannot_create_a_key_with_a_scope_it_does_not_hold(string scope)
    {
        var admin = await KeyAsync($"keys-grant-{scope.Replace('.', '-')}", AdminScopes);
        var tenant = $"tenants/keys-grant-{scope.Replace('.', '-')}";
        var keys = KeysWith(admin);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            keys.CreateApiKeyAsync(new CreateApiKeyRequest { Parent = tenant, ApiKey = NewKey("stronger", "participants.read", scope) }).ResponseAsync);
        var listed = await keys.ListApiKeysAsync(new ListApiKeysRequest { Parent = tenant });

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains($"\"{scope}\"", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal([TestCredentials.KeyName(tenant["tenants/".Length..], admin)], listed.ApiKeys.Select(k => k.Name));
    }

    [Fact]
    public async Task A_tenant_admin_cannot_rotate_or_revoke_a_key_holding_a_scope_it_lacks()
    {
        var admin = await KeyAsync("keys-stronger", AdminScopes);
        var stronger = await KeyAsync("keys-stronger", TestCredentials.TenantScopes);
        var keys = KeysWith(admin);
        var name = TestCredentials.KeyName("keys-stronger", stronger);

        var rotate = await Assert.ThrowsAsync<RpcException>(() => keys.RotateApiKeyAsync(new RotateApiKeyRequest { Name = name }).ResponseAsync);
        var revoke = await Assert.ThrowsAsync<RpcException>(() => keys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = name }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (rotate.StatusCode, revoke.StatusCode));
        Assert.Equal(StatusCode.OK, await StatusWithAsync(stronger));
    }

    [Fact]
    public async Task A_tenant_admin_cannot_see_mint_or_touch_another_tenants_keys()
    {
        var admin = await KeyAsync("keys-mine", TestCredentials.TenantScopes);
        var theirs = await KeyAsync("keys-theirs", ["participants.read"]);
        var keys = KeysWith(admin);
        var theirName = TestCredentials.KeyName("keys-theirs", theirs);

        var list = await StatusOfAsync(() => keys.ListApiKeysAsync(new ListApiKeysRequest { Parent = "tenants/keys-theirs" }).ResponseAsync);
        var create = await StatusOfAsync(() => keys.CreateApiKeyAsync(new CreateApiKeyRequest { Parent = "tenants/keys-theirs", ApiKey = NewKey("planted", "results.read") }).ResponseAsync);
        var rotate = await StatusOfAsync(() => keys.RotateApiKeyAsync(new RotateApiKeyRequest { Name = theirName }).ResponseAsync);
        var revoke = await StatusOfAsync(() => keys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = theirName }).ResponseAsync);
        // Naming the own tenant in the path does not reach a key of another tenant either.
        var disguised = await StatusOfAsync(() => keys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = TestCredentials.KeyName("keys-mine", theirs) }).ResponseAsync);

        Assert.Equal(
            (StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound),
            (list, create, rotate, revoke, disguised));
        Assert.Equal(StatusCode.OK, await StatusWithAsync(theirs));
        using var operatorChannel = fixture.Gateway.CreateChannel(TestCredentials.OperatorKey);
        var theirKeys = await new ApiKeyService.ApiKeyServiceClient(operatorChannel).ListApiKeysAsync(new ListApiKeysRequest { Parent = "tenants/keys-theirs" });
        Assert.Equal([theirName], theirKeys.ApiKeys.Select(k => k.Name));
    }

    [Fact]
    public async Task A_key_without_tenant_admin_may_not_list_its_own_tenants_keys()
    {
        var reader = await KeyAsync("keys-reader", ["participants.read", "results.read"]);

        var status = await StatusOfAsync(() => KeysWith(reader).ListApiKeysAsync(new ListApiKeysRequest { Parent = "tenants/keys-reader" }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, status);
    }

    private Task<string> KeyAsync(string tenant, IEnumerable<string> scopes) =>
        TestCredentials.CreateKeyAsync(fixture.Gateway.Address, tenant, scopes);

    private ApiKeyService.ApiKeyServiceClient KeysWith(string secret) => new(fixture.Gateway.CreateChannel(secret));

    private static ApiKey NewKey(string displayName, params string[] scopes) => new() { DisplayName = displayName, Scopes = { scopes } };

    private async Task<StatusCode> StatusWithAsync(string secret)
    {
        using var channel = fixture.Gateway.CreateChannel(secret);
        return await StatusOfAsync(() => new ProgrammeService.ProgrammeServiceClient(channel).ListProgrammesAsync(new ListProgrammesRequest { PageSize = 1 }).ResponseAsync);
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
