using System.Net;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Storage.Faults;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Two silos that reach their own PostgreSQL database through <see cref="Proxy"/>, with a retry budget of
/// <see cref="Budget"/> (production's is 45 s; the behaviour on either side of it is the same, only faster to test).
/// </summary>
public sealed class StorageOutageClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;
    private TcpOutageProxy? _proxy;
    private PhaseOutage? _outage;

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public TcpOutageProxy Proxy => _proxy ?? throw new InvalidOperationException("The cluster is not started.");

    public PhaseOutage Outage => _outage ?? throw new InvalidOperationException("The cluster is not started.");

    public RetryLog RetryLog { get; } = new();

    /// <summary>Seeded before any outage: only rounds retry, so writing participants must not meet a connection an outage cut.</summary>
    public RoundScenario ShortOutage { get; } = RoundScenario.Create("short-outage", mentees: 40, mentors: 20, seed: 41);

    public RoundScenario LongOutage { get; } = RoundScenario.Create("long-outage", mentees: 40, mentors: 20, seed: 43);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _proxy = new TcpOutageProxy(new IPEndPoint(IPAddress.Parse(direct.Host!), direct.Port));
        _outage = new PhaseOutage(_proxy);
        var proxied = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port }.ConnectionString;
        var retry = new StorageRetryOptions { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(500), Budget = Budget };
        _cluster = await MentoringTestCluster.StartAsync(
            TestStorage.PostgreSql(proxied),
            silos: 2,
            serviceId: "mentoring-storage-outage-tests",
            silo =>
            {
                silo.Services.AddSingleton<IRoundPhaseObserver>(_outage);
                silo.Services.AddSingleton<ILoggerProvider>(RetryLog);
                silo.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<StorageRetry>(sp, retry));
                silo.Services.Configure<RoundOptions>(o =>
                {
                    o.MenteeBatch = 16;
                    o.MentorBatch = 16;
                    o.PageSize = 5;
                });
            });
        await ShortOutage.WriteAsync(Cluster.Client);
        await LongOutage.WriteAsync(Cluster.Client);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            _proxy?.Start();
            await _cluster.DisposeAsync();
        }

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
