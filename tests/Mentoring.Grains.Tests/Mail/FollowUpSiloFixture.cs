using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Support;
using Mentoring.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>
/// One SQLite silo whose follow-ups read "now" from <see cref="Clock"/>, which tests pin to any time (days after a
/// round's publication); restartable on the same file. The follow-ups keep the default delays (7 and 14 days), and no
/// digest unless a derived fixture sets one.
/// </summary>
public class FollowUpSiloFixture : IAsyncLifetime
{
    private const string ServiceId = "mentoring-follow-up-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-follow-up-{Guid.NewGuid():N}");
    private MentoringTestCluster? _cluster;

    public PinnedClock Clock { get; } = new();

    public FollowUpSiloFixture()
        : this(new NotificationOptions())
    {
    }

    protected FollowUpSiloFixture(NotificationOptions options) => Options = options;

    public NotificationOptions Options { get; }

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _cluster = await StartAsync();
    }

    /// <summary>Stops the silo and starts a fresh one on the same file.</summary>
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

    private Task<MentoringTestCluster> StartAsync() =>
        MentoringTestCluster.StartAsync(TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db")), silos: 1, ServiceId, silo =>
        {
            silo.Services.AddSingleton(Options);
            silo.Services.AddKeyedSingleton<TimeProvider>(NotificationOptions.ClockKey, Clock);
        });

    /// <summary>The same silo with a weekly mentor digest.</summary>
    public sealed class WithWeeklyDigest() : FollowUpSiloFixture(new NotificationOptions { DigestEvery = TimeSpan.FromDays(7) });

    /// <summary>The system clock until a test pins it; pinned, it answers that time, earlier or later.</summary>
    public sealed class PinnedClock : TimeProvider
    {
        private DateTimeOffset? _pinned;

        public void Pin(DateTimeOffset time) => _pinned = time;

        public override DateTimeOffset GetUtcNow() => _pinned ?? base.GetUtcNow();
    }
}
