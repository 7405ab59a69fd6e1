using Mentoring.Api.Tests.Infrastructure;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>One real single-node gateway (co-hosted silo, SQLite in a temporary folder, authentication on) shared by the CLI test classes.</summary>
public sealed class CliServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-cli-tests", Guid.NewGuid().ToString("N"));
    private ServiceProcess? _gateway;

    public ServiceProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public string Endpoint => Gateway.Address;

    /// <summary>A key of the test tenant with every tenant scope; the CLI sends it as x-api-key.</summary>
    public string ApiKey => Gateway.TenantKey;

    /// <summary>A folder for the files a test writes, kept under the test output so they can be inspected.</summary>
    public string WorkDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "cli-work", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        _gateway = await ServiceProcess.StartGatewayAsync(Settings.EmbeddedSqlite(_dataDirectory));
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CliServerCollection : ICollectionFixture<CliServerFixture>
{
    public const string Name = "CLI against one gateway";
}
