using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Three silos on PostgreSQL, cutting rounds into small work items and pages so that even small rounds fan out.</summary>
public sealed class RoundClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(
            TestStorage.PostgreSql(_database.ConnectionString),
            silos: 3,
            serviceId: "mentoring-round-tests",
            silo => silo.Services.Configure<RoundOptions>(o =>
            {
                o.MenteeBatch = 16;
                o.MentorBatch = 16;
                o.MaxConcurrentWorkItems = 4;

                // Small pages, so that results span many pages and page lookups are exercised.
                o.PageSize = 5;
            }));
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
