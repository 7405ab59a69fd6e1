namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>One embedded-default gateway (co-hosted silo, SQLite in a temporary folder) shared by a test class.</summary>
public sealed class EmbeddedGatewayFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public string DataDirectory => _dataDirectory;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _gateway = await ServiceProcess.StartGatewayAsync(Settings.EmbeddedSqlite(_dataDirectory));

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
