using Mentoring.Grains.Tests.Support;
using Mentoring.Grains.Webhooks;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace Mentoring.Grains.Tests.Webhooks;

/// <summary>
/// Three silos on a fresh PostgreSQL database that deliver webhooks from an <see cref="InMemoryEventSource"/> to the
/// test's loopback receiver (private addresses allowed), with retries after 200 ms and reminders every second.
/// </summary>
public sealed class WebhookClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan[] RetrySchedule = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200)];

    private readonly PostgresFixture _database = new();
    private MentoringTestCluster? _cluster;

    public InMemoryEventSource Events { get; } = new();

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var options = new WebhookOptions
        {
            RetrySchedule = RetrySchedule,
            PollInterval = TimeSpan.FromMilliseconds(50),
            ReminderPeriod = TimeSpan.FromSeconds(1),
            RequestTimeout = TimeSpan.FromSeconds(5),
            AllowPrivateAddresses = true,
        };
        _cluster = await MentoringTestCluster.StartAsync(TestStorage.PostgreSql(_database.ConnectionString), silos: 3, serviceId: "mentoring-webhook-tests", silo =>
        {
            silo.Services.AddSingleton<IProgrammeEventSource>(Events);
            silo.Services.AddSingleton(Options.Create(options));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = options.ReminderPeriod);
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
