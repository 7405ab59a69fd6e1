using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// Every RPC of the API, with no credential, an expired key, a revoked key, a key lacking its scope, and on
/// another tenant's resources. The table must cover every RPC the contract declares.
/// </summary>
public sealed class IsolationTests(IsolationFixture fixture) : IClassFixture<IsolationFixture>
{
    public static TheoryData<string> Methods() => [.. RpcTable.Rows.Select(r => r.Method)];

    [Fact]
    public void The_table_has_a_row_for_every_rpc_of_the_contract()
    {
        var declared = typeof(Contracts.V1.Programme).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(f => f.Package == "mentoring.v1")
            .SelectMany(f => f.Services)
            .SelectMany(s => s.Methods.Select(m => $"{s.FullName}/{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(declared);
        Assert.Equal(declared.Order(StringComparer.Ordinal), RpcTable.Rows.Concat(RpcTable.LinkRows).Select(r => r.Method).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> LinkMethods() => [.. RpcTable.LinkRows.Select(r => r.Method)];

    [Theory]
    [MemberData(nameof(LinkMethods))]
    public async Task A_key_of_every_scope_without_a_personal_link_is_unauthenticated_on_the_link_rpcs(string method)
    {
        var row = RpcTable.LinkRows.Single(r => r.Method == method);
        using var channel = fixture.Gateway.CreateChannel(fixture.FullKey);

        Assert.Equal(StatusCode.Unauthenticated, await StatusOfAsync(() => row.Call(new Api(channel), fixture.Mine)));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Without_a_credential_every_rpc_is_unauthenticated(string method)
    {
        await AssertStatusAsync(method, null, fixture.Mine, StatusCode.Unauthenticated);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task With_an_expired_key_every_rpc_is_unauthenticated(string method)
    {
        await Eventually.UntilAsync(
            () => DateTimeOffset.UtcNow > fixture.ExpiredAt.AddMilliseconds(100), TimeSpan.FromSeconds(30), "the token's expiry to pass", TimeSpan.FromMilliseconds(50));

        await AssertStatusAsync(method, fixture.ExpiredKey, fixture.Mine, StatusCode.Unauthenticated);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task With_a_revoked_key_every_rpc_is_unauthenticated(string method)
    {
        await AssertStatusAsync(method, fixture.RevokedKey, fixture.Mine, StatusCode.Unauthenticated);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task With_a_key_lacking_its_scope_every_rpc_is_permission_denied(string method)
    {
        var row = Row(method);

        await AssertStatusAsync(method, fixture.KeysWithout[row.Scope], fixture.Mine, StatusCode.PermissionDenied);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task On_another_tenants_resources_every_rpc_answers_as_if_they_did_not_exist(string method)
    {
        var row = Row(method);

        await AssertStatusAsync(method, fixture.FullKey, fixture.Theirs, row.OnForeign);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_key_with_the_scope_passes_the_checks(string method)
    {
        var row = Row(method);
        using var channel = fixture.Gateway.CreateChannel(fixture.FullKey);

        var status = await StatusOfAsync(() => row.Call(new Api(channel), fixture.Mine));

        Assert.True(status is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied), $"{method} gave {status}");
    }

    [Fact]
    public async Task Another_tenants_resource_reads_exactly_like_a_missing_one()
    {
        using var channel = fixture.Gateway.CreateChannel(fixture.FullKey);
        var api = new Api(channel);

        var foreign = await Assert.ThrowsAsync<RpcException>(() => api.Participants.GetParticipantAsync(new() { Name = fixture.Theirs.Mentor }).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => api.Participants.GetParticipantAsync(new() { Name = "programmes/no-such-programme/participants/ada" }).ResponseAsync);

        Assert.Equal((StatusCode.NotFound, $"{fixture.Theirs.Mentor} does not exist."), (foreign.StatusCode, foreign.Status.Detail));
        Assert.Equal((StatusCode.NotFound, "programmes/no-such-programme/participants/ada does not exist."), (missing.StatusCode, missing.Status.Detail));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Updating_another_tenants_participant_reads_exactly_like_updating_one_under_a_missing_programme(bool allowMissing)
    {
        using var channel = fixture.Gateway.CreateChannel(fixture.FullKey);
        var api = new Api(channel);
        const string Missing = "programmes/no-such-programme/participants/ada";

        var foreign = await UpdateAsync(fixture.Theirs.Mentor);
        var missing = await UpdateAsync(Missing);

        Assert.Equal((StatusCode.NotFound, $"{fixture.Theirs.Mentor} does not exist."), (foreign.StatusCode, foreign.Status.Detail));
        Assert.Equal((StatusCode.NotFound, $"{Missing} does not exist."), (missing.StatusCode, missing.Status.Detail));

        Task<RpcException> UpdateAsync(string name) => Assert.ThrowsAsync<RpcException>(() => api.Participants.UpdateParticipantAsync(new()
        {
            Participant = new() { Name = name, Capacity = 2 },
            UpdateMask = new() { Paths = { "capacity" } },
            AllowMissing = allowMissing,
        }).ResponseAsync);
    }

    [Fact]
    public async Task A_bearer_token_of_the_tenant_reads_its_programme_and_not_the_others()
    {
        var token = TestTokens.Sign(IsolationFixture.Own, "participants.read results.read", DateTimeOffset.UtcNow.AddMinutes(10));
        using var channel = TestCredentials.Channel(fixture.Gateway.Address, null, token);
        var api = new Api(channel);

        var own = await api.Programmes.GetProgrammeAsync(new() { Name = fixture.Mine.Programme });
        var foreign = await StatusOfAsync(() => api.Programmes.GetProgrammeAsync(new() { Name = fixture.Theirs.Programme }).ResponseAsync);
        var write = await StatusOfAsync(() => api.Programmes.DeleteProgrammeAsync(new() { Name = fixture.Mine.Programme }).ResponseAsync);

        Assert.Equal(fixture.Mine.Programme, own.Name);
        Assert.Equal(StatusCode.NotFound, foreign);
        Assert.Equal(StatusCode.PermissionDenied, write);
    }

    [Fact]
    public async Task A_bearer_token_claiming_the_operator_scope_gets_no_key_administration()
    {
        var token = TestTokens.Sign(IsolationFixture.Own, "operator participants.read", DateTimeOffset.UtcNow.AddMinutes(10));
        using var channel = TestCredentials.Channel(fixture.Gateway.Address, null, token);
        var api = new Api(channel);

        var foreign = await StatusOfAsync(() => api.ApiKeys.ListApiKeysAsync(new() { Parent = fixture.Theirs.TenantName }).ResponseAsync);
        var mint = await StatusOfAsync(() => api.ApiKeys.CreateApiKeyAsync(new() { Parent = fixture.Mine.TenantName, ApiKey = new() { Scopes = { "operator" } } }).ResponseAsync);
        var read = await StatusOfAsync(() => api.Programmes.GetProgrammeAsync(new() { Name = fixture.Mine.Programme }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.OK), (foreign, mint, read));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong key")]
    [InlineData("wrong issuer")]
    public async Task A_bad_bearer_token_is_unauthenticated(string flaw)
    {
        var token = flaw switch
        {
            "expired" => TestTokens.Sign(IsolationFixture.Own, "participants.read", DateTimeOffset.UtcNow.AddMinutes(-5)),
            "wrong key" => TestTokens.Sign(IsolationFixture.Own, "participants.read", DateTimeOffset.UtcNow.AddMinutes(10), key: Convert.ToBase64String(new byte[32])),
            _ => TestTokens.Sign(IsolationFixture.Own, "participants.read", DateTimeOffset.UtcNow.AddMinutes(10), issuer: "https://elsewhere.invalid"),
        };
        using var channel = TestCredentials.Channel(fixture.Gateway.Address, null, token);

        var status = await StatusOfAsync(() => new Api(channel).Programmes.GetProgrammeAsync(new() { Name = fixture.Mine.Programme }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, status);
    }

    private static RpcRow Row(string method) => RpcTable.Rows.Single(r => r.Method == method);

    private async Task AssertStatusAsync(string method, string? apiKey, TenantWorld target, StatusCode expected)
    {
        using var channel = fixture.Gateway.CreateChannel(apiKey);

        var status = await StatusOfAsync(() => Row(method).Call(new Api(channel), target));

        if (expected != status)
        {
            Assert.Fail($"{method}: expected {expected}, got {status}\n{fixture.Gateway.OutputTail(4000)}");
        }
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
