using Mentoring.Storage.Participants;
using Mentoring.Testing;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>
/// The move of participants out of the Orleans storage table, on a SQLite file written by the previous version
/// (tests/Mentoring.Api.Tests/Migration/Fixtures): every participant ends in exactly one place, whenever it stops.
/// </summary>
public sealed class LegacyParticipantMigrationTests : IDisposable
{
    private const int Participants = 51;
    private readonly SqliteDatabase _database = new();

    public LegacyParticipantMigrationTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        File.Copy(
            Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Api.Tests", "Migration", "Fixtures", "v5166a0f", "sqlite", "mentoring.db"),
            _database.FilePath);
    }

    [Fact]
    public async Task Every_participant_moves_once_with_its_payload_and_the_index_rows_go()
    {
        await InstallAsync();
        var payloads = await LegacyPayloadsAsync();

        var moved = await LegacyParticipantMigration.RunAsync(StorageEngine.Sqlite, _database.ConnectionString, "mentoring", _ => 2, default);

        Assert.Equal(Participants, moved);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'participant' OR GrainTypeString LIKE 'membership%'"));
        var table = ParticipantTables.For(StorageEngine.Sqlite, _database.ConnectionString, "mentoring");
        foreach (var (id, payload) in payloads)
        {
            Assert.Equal(payload, (await table.ReadAsync("fixture", id, default))!.Payload);
        }

        Assert.True(await CountAsync("SELECT count(*) FROM OrleansStorage") > 0, "Rows of other grains went too.");
    }

    [Fact]
    public async Task A_move_that_fails_half_way_leaves_each_participant_in_one_place_and_the_next_run_finishes_it()
    {
        await InstallAsync();
        var decoded = 0;

        await Assert.ThrowsAsync<InvalidDataException>(() => LegacyParticipantMigration.RunAsync(
            StorageEngine.Sqlite, _database.ConnectionString, "mentoring",
            _ => ++decoded > 25 ? throw new InvalidDataException("injected") : (short)2, batchSize: 10, default));

        var legacy = await CountAsync("SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'participant'");
        var rows = await CountAsync("SELECT count(*) FROM mentoring_participants");
        Assert.Equal(20, rows);
        Assert.Equal(Participants, legacy + rows);

        var moved = await LegacyParticipantMigration.RunAsync(StorageEngine.Sqlite, _database.ConnectionString, "mentoring", _ => 2, batchSize: 10, default);

        Assert.Equal(Participants - 20, moved);
        Assert.Equal(Participants, await CountAsync("SELECT count(*) FROM mentoring_participants"));
        Assert.Equal(0, await LegacyParticipantMigration.RunAsync(StorageEngine.Sqlite, _database.ConnectionString, "mentoring", _ => 2, default));
    }

    [Fact]
    public async Task A_row_already_in_the_table_is_newer_and_stays()
    {
        await InstallAsync();
        var table = ParticipantTables.For(StorageEngine.Sqlite, _database.ConnectionString, "mentoring");
        var legacyId = (await LegacyPayloadsAsync()).Keys.First();
        await table.ApplyAsync([new ParticipantRowChange("fixture", legacyId, 1, 0, [42])], default);

        await LegacyParticipantMigration.RunAsync(StorageEngine.Sqlite, _database.ConnectionString, "mentoring", _ => 2, default);

        Assert.Equal([42], (await table.ReadAsync("fixture", legacyId, default))!.Payload);
        Assert.Equal(Participants, await CountAsync("SELECT count(*) FROM mentoring_participants"));
    }

    public void Dispose() => _database.Dispose();

    private Task InstallAsync() =>
        SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence | SchemaComponents.Reminders, default);

    private async Task<Dictionary<string, byte[]>> LegacyPayloadsAsync()
    {
        await using var connection = Database.Open(StorageEngine.Sqlite, _database.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainIdExtensionString, PayloadBinary FROM OrleansStorage WHERE GrainTypeString = 'participant'";
        var payloads = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            payloads.Add(reader.GetString(0).Split('/')[^1], (byte[])reader.GetValue(1));
        }

        Assert.Equal(Participants, payloads.Count);
        return payloads;
    }

    private Task<long> CountAsync(string sql) => Database.CountAsync(StorageEngine.Sqlite, _database.ConnectionString, sql);
}
