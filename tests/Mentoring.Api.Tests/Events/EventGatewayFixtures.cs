using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Events;

/// <summary>A co-hosted gateway whose event watches poll often, so tests wait little for new events.</summary>
public abstract class EventGatewayFixture : IAsyncLifetime
{
    private ServiceProcess? _gateway;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var settings = await SettingsAsync();
        settings["Mentoring:Events:PollInterval"] = "00:00:00.050";
        settings["Mentoring:Events:ReadBatchSize"] = "7";
        _gateway = await ServiceProcess.StartGatewayAsync(settings);
    }

    public virtual async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }

    protected abstract Task<Dictionary<string, string>> SettingsAsync();
}

public sealed class SqliteEventGatewayFixture : EventGatewayFixture
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    protected override Task<Dictionary<string, string>> SettingsAsync() => Task.FromResult(Settings.EmbeddedSqlite(_dataDirectory));
}

public sealed class PostgresEventGatewayFixture : EventGatewayFixture
{
    private readonly PostgresFixture _postgres = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    protected override async Task<Dictionary<string, string>> SettingsAsync()
    {
        await _postgres.InitializeAsync();
        return Settings.SingleNodePostgres(_postgres.ConnectionString);
    }
}
