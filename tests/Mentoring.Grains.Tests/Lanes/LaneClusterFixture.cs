using Mentoring.Grains.Lanes;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>
/// Silos on PostgreSQL (one unless asked) whose background lanes have a single worker, so a test saturates one by
/// holding one piece, and whose cluster admits one round at a time (two per silo, so the cluster's limit is the one that binds).
/// </summary>
public sealed class LaneClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private readonly short _silos;
    private MentoringTestCluster? _cluster;

    public LaneClusterFixture()
        : this(1)
    {
    }

    internal LaneClusterFixture(short silos) => _silos = silos;

    public RoundEvents Events { get; } = new();

    /// <summary>The clock that ages the silos' recommendation caches.</summary>
    public FakeTimeProvider RecommendationClock { get; } = new();

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public BackgroundLane Lane => Cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<BackgroundLane>();

    /// <summary>Each live silo's lane.</summary>
    public IReadOnlyList<BackgroundLane> Lanes => [.. Cluster.Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<BackgroundLane>())];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(
            TestStorage.PostgreSql(_database.ConnectionString),
            silos: _silos,
            serviceId: $"mentoring-lane-tests-{_silos}",
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
                silo.Services.AddKeyedSingleton<TimeProvider>(RecommendationOptions.ClockKey, RecommendationClock);
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
