using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Support;

/// <summary>A three-silo cluster on a fresh PostgreSQL database, shared by the tests of one class or collection.</summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(TestStorage.PostgreSql(_database.ConnectionString), silos: 3, serviceId: "mentoring-grain-tests");
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
