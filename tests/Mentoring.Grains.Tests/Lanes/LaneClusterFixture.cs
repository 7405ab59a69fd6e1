using Mentoring.Grains.Lanes;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>
/// One silo on PostgreSQL whose background lane has a single worker, so a test saturates it by holding one piece, and
/// whose cluster admits one round at a time (two per silo, so the cluster's limit is the one that binds).
/// </summary>
public sealed class LaneClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;

    public RoundEvents Events { get; } = new();

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public BackgroundLane Lane => Cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<BackgroundLane>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(
            TestStorage.PostgreSql(_database.ConnectionString),
            silos: 1,
            serviceId: "mentoring-lane-tests",
            silo =>
            {
                silo.Services.Configure<BackgroundLaneOptions>(o => o.Workers = 1);
                silo.Services.Configure<RoundOptions>(o =>
                {
                    o.MenteeBatch = 16;
                    o.MentorBatch = 16;
                    o.MaxRunningPerSilo = 2;
                    o.MaxRunningPerCluster = 1;
                    o.QueuePollInterval = TimeSpan.FromMilliseconds(50);
                });
                silo.Services.AddSingleton<IRoundPhaseObserver>(Events);
            });
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
