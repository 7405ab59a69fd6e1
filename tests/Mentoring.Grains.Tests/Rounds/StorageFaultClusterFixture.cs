using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Two silos on their own PostgreSQL database, whose rounds report their phases to <see cref="Faults"/>.</summary>
public sealed class StorageFaultClusterFixture : IAsyncLifetime
{
    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;
    private PhaseFaults? _faults;
    private Dictionary<RoundPhase, RoundScenario> _scenarios = [];

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public PhaseFaults Faults => _faults ?? throw new InvalidOperationException("The cluster is not started.");

    public RetryLog RetryLog { get; } = new();

    /// <summary>
    /// The programme a test faults in <paramref name="phase"/>, seeded before any fault: only rounds retry, so writing
    /// participants must not meet a connection an earlier test terminated.
    /// </summary>
    public RoundScenario ScenarioFor(RoundPhase phase) => _scenarios[phase];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var storage = TestStorage.PostgreSql(_database.ConnectionString);
        _faults = new PhaseFaults(new BackendTerminator(storage.ConnectionString));
        _cluster = await MentoringTestCluster.StartAsync(
            storage,
            silos: 2,
            serviceId: "mentoring-storage-fault-tests",
            silo =>
            {
                silo.Services.AddSingleton<IRoundPhaseObserver>(_faults);
                silo.Services.AddSingleton<ILoggerProvider>(RetryLog);
                silo.Services.Configure<RoundOptions>(o =>
                {
                    o.MenteeBatch = 16;
                    o.MentorBatch = 16;
                    o.MaxConcurrentWorkItems = 4;
                    o.PageSize = 5;
                });
            });
        _scenarios = Enum.GetValues<RoundPhase>().ToDictionary(
            phase => phase, phase => RoundScenario.Create($"terminated-in-{phase.ToString().ToLowerInvariant()}", mentees: 60, mentors: 30, seed: 31));
        foreach (var scenario in _scenarios.Values)
        {
            await scenario.WriteAsync(Cluster.Client);
        }
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
