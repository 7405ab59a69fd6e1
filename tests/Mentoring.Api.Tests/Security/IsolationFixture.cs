using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// One embedded gateway (JWT accepted too) with two tenants' worlds, and keys of the first tenant that are
/// expired, revoked, or lack exactly one scope.
/// </summary>
public sealed class IsolationFixture : IAsyncLifetime
{
    public const string Own = "tenant-a";
    public const string Other = "tenant-b";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));

    public ServiceProcess Gateway { get; private set; } = null!;

    public TenantWorld Mine { get; private set; } = null!;

    public TenantWorld Theirs { get; private set; } = null!;

    public string FullKey { get; private set; } = "";

    public string ExpiredKey { get; private set; } = "";

    public DateTimeOffset ExpiredAt { get; private set; }

    public string RevokedKey { get; private set; } = "";

    /// <summary>For each tenant scope, a key of the own tenant with every tenant scope but that one (and not "operator", which passes key administration anywhere).</summary>
    public Dictionary<string, string> KeysWithout { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var settings = Settings.EmbeddedSqlite(_dataDirectory);
        foreach (var (key, value) in TestTokens.Settings())
        {
            settings[key] = value;
        }

        Gateway = await ServiceProcess.StartGatewayAsync(settings);
        var address = Gateway.Address;
        string[] all = [.. TestCredentials.TenantScopes, "operator"];
        FullKey = await TestCredentials.CreateKeyAsync(address, Own, TestCredentials.TenantScopes);
        ExpiredAt = DateTimeOffset.UtcNow.AddSeconds(2);
        ExpiredKey = await TestCredentials.CreateKeyAsync(address, Own, all, ExpiredAt);
        RevokedKey = await TestCredentials.CreateKeyAsync(address, Own, all);
        using (var channel = TestCredentials.Channel(address, TestCredentials.OperatorKey))
        {
            await new ApiKeyService.ApiKeyServiceClient(channel).RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = TestCredentials.KeyName(Own, RevokedKey) });
        }

        foreach (var scope in TestCredentials.TenantScopes)
        {
            KeysWithout[scope] = await TestCredentials.CreateKeyAsync(address, Own, TestCredentials.TenantScopes.Where(s => s != scope));
        }

        var otherKey = await TestCredentials.CreateKeyAsync(address, Other, TestCredentials.TenantScopes);
        Mine = await TenantWorld.BuildAsync(Gateway, Own, "isolation-a", FullKey);
        Theirs = await TenantWorld.BuildAsync(Gateway, Other, "isolation-b", otherKey);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
