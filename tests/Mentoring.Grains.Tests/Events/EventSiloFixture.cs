using Mentoring.Grains.Tests.Support;
using Mentoring.Hosting;
using Mentoring.Storage;
using Mentoring.Storage.Events;
using Mentoring.Storage.Participants;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests.Events;

/// <summary>One silo on a SQLite file that survives restarts, with faults to arm in the event log's appends and the participants table.</summary>
public sealed class EventSiloFixture : IAsyncLifetime
{
    private const string ServiceId = "mentoring-event-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-events-{Guid.NewGuid():N}");
    private MentoringTestCluster? _cluster;

    public EventSiloFixture()
    {
        Events = new FaultyEventTable(ProgrammeEventTables.For(StorageEngine.Sqlite, Storage.ConnectionString, ServiceId));
        Participants = new FaultyParticipantTable(ParticipantTables.For(StorageEngine.Sqlite, Storage.ConnectionString, ServiceId));
    }

    public StorageConnection Storage => TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db"));

    public FaultyEventTable Events { get; }

    public FaultyParticipantTable Participants { get; }

    public MentoringTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The silo is not started.");

    public async Task InitializeAsync() => _cluster = await StartAsync();

    /// <summary>Stops the silo (its activations go without a goodbye to storage) and starts a fresh one on the same file.</summary>
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

    private Task<MentoringTestCluster> StartAsync() => MentoringTestCluster.StartAsync(Storage, silos: 1, ServiceId, silo =>
    {
        silo.Services.AddSingleton<IProgrammeEventTable>(Events);
        silo.Services.AddSingleton<IParticipantTable>(Participants);
    });
}
