using Mentoring.Hosting;
using Microsoft.Data.Sqlite;

namespace Mentoring.Grains.Tests.Support;

/// <summary>One silo on a SQLite file in a temporary directory, as the embedded deployment runs.</summary>
public sealed class SqliteSiloFixture : IAsyncLifetime
{
    private const string ServiceId = "mentoring-sqlite-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-grains-{Guid.NewGuid():N}");
    private MentoringTestCluster? _cluster;

    public StorageConnection Storage => TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db"));

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not started.");

    public async Task InitializeAsync() => _cluster = await MentoringTestCluster.StartAsync(Storage, silos: 1, ServiceId);

    /// <summary>Stops the silo and starts a fresh one on the same file.</summary>
    public async Task RestartAsync()
    {
        await Cluster.DisposeAsync();
        _cluster = null;
        _cluster = await MentoringTestCluster.StartAsync(Storage, silos: 1, ServiceId);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
