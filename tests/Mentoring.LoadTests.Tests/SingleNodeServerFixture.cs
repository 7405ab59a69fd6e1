using Mentoring.LoadTests.Cli;
using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Tests;

/// <summary>A real single-node server (gateway co-hosting a silo, SQLite in a temporary folder) shared by the smoke tests.</summary>
public sealed class SingleNodeServerFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mentoring-loadtest-smoke", Guid.NewGuid().ToString("N"));
    private MemoryProbe? _memory;
    private ServerTopology? _server;

    public string Target => _server?.Target ?? throw new InvalidOperationException("Not started.");

    public string WebAddress => _server?.WebAddress ?? throw new InvalidOperationException("Not started, or no web address reported.");

    public int GatewayPid => _server?.Processes.Single().Id ?? throw new InvalidOperationException("Not started.");

    public string ReportDirectory(string scenario) => Path.Combine(_directory, "reports", scenario);

    public async Task InitializeAsync()
    {
        _memory = new MemoryProbe(TimeSpan.FromSeconds(1));
        _server = await ServerTopology.StartAsync(new HarnessOptions { Scenario = "smoke", Topology = TopologyKind.Single }, _memory, _directory, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_memory is not null)
        {
            await _memory.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
