using Mentoring.Testing;
using Mentoring.Storage.Tests.Grains;
using Microsoft.Extensions.Hosting;

namespace Mentoring.Storage.Tests;

public sealed class PostgresClusteringTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private const int Active = 3;
    private const int Dead = 6;

    private readonly PostgresFixture _postgres = postgres;

    public Task InitializeAsync() => SchemaInstaller.ApplyAsync(
        StorageEngine.PostgreSql,
        _postgres.ConnectionString,
        SchemaComponents.Persistence | SchemaComponents.Clustering | SchemaComponents.Reminders,
        CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_silos_join_the_same_cluster_and_leave_it_cleanly()
    {
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var options = new TestSilo.Options(StorageEngine.PostgreSql, _postgres.ConnectionString, clusterId, AdoNetClustering: true);

        var first = await TestSilo.StartAsync(options);
        IHost? second = null;
        try
        {
            Assert.Equal(1L, await CountAsync(clusterId, Active));

            second = await TestSilo.StartAsync(options);
            await Eventually.UntilAsync(
                async () => await CountAsync(clusterId, Active) == 2, TimeSpan.FromSeconds(30), "two active silos", TimeSpan.FromMilliseconds(200));

            Assert.True(await Database.CountAsync(StorageEngine.PostgreSql, _postgres.ConnectionString,
                $"SELECT version FROM orleansmembershipversiontable WHERE deploymentid = '{clusterId}'") >= 2);

            // Grain calls route across the two-silo cluster and still persist.
            var key = $"grain-{Guid.NewGuid():N}";
            await TestSilo.Grains(second).GetGrain<IStateTestGrain>(key).WriteAsync("clustered");
            Assert.Equal("clustered", await TestSilo.Grains(first).GetGrain<IStateTestGrain>(key).ReadAsync());
        }
        finally
        {
            if (second is not null)
            {
                await TestSilo.StopAsync(second);
            }

            await TestSilo.StopAsync(first);
        }

        Assert.Equal(0L, await CountAsync(clusterId, Active));
        Assert.Equal(2L, await CountAsync(clusterId, Dead));
    }

    private Task<long> CountAsync(string clusterId, int status) =>
        Database.CountAsync(StorageEngine.PostgreSql, _postgres.ConnectionString,
            $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{clusterId}' AND status = {status}");
}
