using Mentoring.Grains.Retention;
using Mentoring.Grains.Tests.Support;
using Mentoring.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace Mentoring.Grains.Tests.Retention;

/// <summary>
/// One SQLite silo whose programmes are purged at their end time (no retention period) and checked every second,
/// so that retention runs within a test. Orleans refuses reminder periods below a minute unless told otherwise.
/// </summary>
public sealed class RetentionSiloFixture : IAsyncLifetime
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private const string ServiceId = "mentoring-retention-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-retention-{Guid.NewGuid():N}");
    private MentoringTestCluster? _cluster;

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _cluster = await MentoringTestCluster.StartAsync(TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db")), silos: 1, ServiceId, silo =>
        {
            silo.Services.AddSingleton(Options.Create(new RetentionOptions { Period = TimeSpan.Zero, CheckInterval = CheckInterval }));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = CheckInterval);
        });
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
