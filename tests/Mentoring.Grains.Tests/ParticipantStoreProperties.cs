using CsCheck;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Security;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Mentoring.Storage;
using Mentoring.Storage.Participants;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Grains.Tests;

/// <summary>
/// Whatever the sequence of creates, updates, imports, deletes and erasures, with writes failing before they are made
/// or after they are committed, and activations lost between steps: the listing, read in pages of any size, is exactly
/// the set of participants GetParticipant returns, in ascending ordinal id order, each with the same etag.
/// </summary>
public sealed class ParticipantStoreProperties : IAsyncLifetime
{
    private static readonly string[] Pool = ["a", "B", "b-1", "b.1", "c", "Z", "a_2", "0"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mentoring-props-{Guid.NewGuid():N}");
    private MentoringTestCluster _cluster = null!;
    private FaultyParticipantTable _table = null!;

    private enum Operation
    {
        Create,
        Update,
        Import,
        Delete,
        Erase,
        FailNextWriteBefore,
        FailNextWriteAfterCommit,
        LoseActivation,
    }

    public async Task InitializeAsync()
    {
        const string ServiceId = "mentoring-properties";
        var storage = TestStorage.Sqlite(Path.Combine(_directory, "mentoring.db"));
        _table = new FaultyParticipantTable(ParticipantTables.For(StorageEngine.Sqlite, storage.ConnectionString, ServiceId));
        _cluster = await MentoringTestCluster.StartAsync(storage, silos: 1, ServiceId,
            silo => silo.Services.AddSingleton<IParticipantTable>(_table));
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_listing_is_what_GetParticipant_returns_after_any_writes_and_failures()
    {
        var step = Gen.Select(Gen.Enum<Operation>(), Gen.Int[0, Pool.Length - 1], Gen.Int[0, 2]);
        await Gen.Select(step.Array[1, 24], Gen.Int[1, 9]).SampleAsync(async sample =>
        {
            var (steps, pageSize) = sample;
            var programmeId = TestIds.Programme("props");
            await _cluster.Client.CreateProgrammeAsync(programmeId);
            foreach (var (operation, id, variant) in steps)
            {
                await RunAsync(programmeId, operation, Pool[id], variant);
            }

            _table.Arm(FaultyParticipantTable.Fault.None);
            var stored = new List<(string Id, string Etag)>();
            foreach (var id in Pool.Order(StringComparer.Ordinal))
            {
                if (await _cluster.Client.Participant(programmeId, id).GetAsync() is { } snapshot)
                {
                    stored.Add((id, snapshot.Etag));
                }
            }

            var listed = await _cluster.Client.Programme(programmeId).ListAllParticipantsAsync(pageSize);
            Assert.Equal(stored, listed.Select(s => (s.Participant.Id, s.Etag)));
        }, iter: 40, threads: 1, print: sample => string.Join(", ", sample.Item1.Select(s => $"{s.Item1}({Pool[s.Item2]}/{s.Item3})")) + $" pages of {sample.Item2}");
    }

    private async Task RunAsync(string programmeId, Operation operation, string id, int variant)
    {
        var grain = _cluster.Client.Participant(programmeId, id);
        var profile = ParticipantBuilder.In(programmeId).WithId(id).As(Seeding.RoleOf(variant)).Named($"{id} v{variant}").Build();
        try
        {
            switch (operation)
            {
                case Operation.Create:
                    await grain.WriteAsync(profile, WriteMode.Create, null);
                    break;
                case Operation.Update:
                    await grain.WriteAsync(profile, WriteMode.Update, null);
                    break;
                case Operation.Import:
                    await grain.ImportAsync(profile);
                    break;
                case Operation.Delete:
                    await grain.DeleteAsync(null);
                    break;
                case Operation.Erase:
                    await _cluster.Client.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, id)).EraseAsync(null);
                    break;
                case Operation.FailNextWriteBefore:
                    _table.Arm(FaultyParticipantTable.Fault.BeforeWrite);
                    break;
                case Operation.FailNextWriteAfterCommit:
                    _table.Arm(FaultyParticipantTable.Fault.AfterCommit);
                    break;
                case Operation.LoseActivation:
                    await _cluster.Cluster.DeactivateAsync(grain);
                    break;
            }
        }
        catch (Exception exception) when (exception is IOException or OrleansException)
        {
            // An injected fault (the storage bridge wraps it), or the stale activation it left behind (InconsistentStateException);
            // the property is about what is read afterwards.
        }
    }
}
