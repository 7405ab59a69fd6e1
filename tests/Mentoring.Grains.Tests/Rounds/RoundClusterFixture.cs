using Mentoring.Grains.Matches;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Three silos on PostgreSQL, cutting rounds into small work items and pages so that even small rounds fan out; the
/// recommendation caches of all three age on one fake clock that only the tests move.
/// </summary>
public sealed class RoundClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;

    public FakeTimeProvider RecommendationClock { get; } = new();

    /// <summary>Inert until a test arms it for one request id.</summary>
    public OverrideFaults OverrideFaults { get; } = new();

    /// <summary>Inert until a test arms it for one programme.</summary>
    public PhaseGate Gate { get; } = new();

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _cluster = await MentoringTestCluster.StartAsync(
            TestStorage.PostgreSql(_database.ConnectionString),
            silos: 3,
            serviceId: "mentoring-round-tests",
            silo =>
            {
                silo.Services.Configure<RoundOptions>(o =>
                {
                    o.MenteeBatch = 16;
                    o.MentorBatch = 16;
                    o.MaxConcurrentWorkItems = 4;

                    // Small pages, so that results span many pages and page lookups are exercised.
                    o.PageSize = 5;
                });
                silo.Services.AddKeyedSingleton<TimeProvider>(RecommendationOptions.ClockKey, RecommendationClock);
                silo.Services.AddSingleton<IOverrideStepObserver>(OverrideFaults);
                silo.Services.AddSingleton<IRoundPhaseObserver>(Gate);
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
