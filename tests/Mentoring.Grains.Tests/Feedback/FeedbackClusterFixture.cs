using Mentoring.Grains.Feedback;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Support;
using Mentoring.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>One silo on a SQLite file whose check-in surveys run on a fake clock the tests move (default check-in points).</summary>
public sealed class FeedbackClusterFixture : IAsyncLifetime
{
    private const string ServiceId = "mentoring-feedback-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-feedback-{Guid.NewGuid():N}");
    private MentoringTestCluster? _cluster;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not started.");

    private StorageConnection Storage => TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _cluster = await StartAsync();
    }

    /// <summary>Stops the silo and starts a fresh one on the same file and clock.</summary>
    public async Task RestartAsync()
    {
        await Cluster.DisposeAsync();
        _cluster = null;
        _cluster = await StartAsync();
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

    /// <summary>Makes chosen check-in sends fail; every other message goes to the dev mailbox.</summary>
    public CheckInSendFaults Faults { get; } = new();

    private Task<MentoringTestCluster> StartAsync() =>
        MentoringTestCluster.StartAsync(Storage, silos: 1, ServiceId, silo =>
        {
            silo.Services.AddKeyedSingleton<TimeProvider>(FeedbackOptions.ClockKey, Clock);
            silo.Services.AddSingleton<IMailSender>(sp => new FaultyCheckInSender(ActivatorUtilities.CreateInstance<DevMailboxSender>(sp), Faults));
        });
}
