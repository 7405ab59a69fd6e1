using Mentoring.Testing;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>One co-hosted gateway on a fresh PostgreSQL database, shared by a test class.</summary>
public sealed class PostgresGatewayFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private ServiceProcess? _gateway;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _gateway = await ServiceProcess.StartGatewayAsync(Settings.SingleNodePostgres(_postgres.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}
