using Mentoring.Testing;
using Microsoft.Data.Sqlite;

namespace Mentoring.Storage.Tests;

/// <summary>On SQLite a deleted row leaves no bytes behind: not in the database file's pages, not in the write-ahead log.</summary>
public sealed class SqliteErasureTests : IDisposable
{
    private const string Secret = "Quuxbert Zorkmid";

    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Every_connection_opened_after_enabling_has_secure_delete_on()
    {
        SqliteErasure.EnableSecureDelete();
        SqliteErasure.EnableSecureDelete();
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        await using var connection = await OpenAsync();

        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA secure_delete;"));
    }

    [Fact]
    public async Task A_deleted_row_leaves_no_bytes_in_the_database_or_its_log_after_the_checkpoint()
    {
        SqliteErasure.EnableSecureDelete();
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        // A connection held open, as a running service holds one, keeps SQLite from checkpointing on close.
        await using var held = await OpenAsync();
        await using (var writer = await OpenAsync())
        {
            await ScalarAsync(writer, "CREATE TABLE people (id INTEGER PRIMARY KEY, small TEXT, large TEXT);");
            for (var i = 0; i < 20; i++)
            {
                // The large value spills to overflow pages, which a delete frees.
                await ScalarAsync(writer, $"INSERT INTO people (small, large) VALUES ('{Secret} {i}', '{Secret}' || replace(hex(zeroblob(10000)), '0', 'x'));");
            }

            await ScalarAsync(writer, "INSERT INTO people (small, large) VALUES ('someone else', 'kept');");
            await ScalarAsync(writer, $"DELETE FROM people WHERE small LIKE '{Secret}%';");
        }

        Assert.True(await SqliteErasure.CheckpointAsync(_database.ConnectionString, CancellationToken.None));

        var wal = _database.FilePath + "-wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0, "the write-ahead log is truncated");
        Assert.False(FileBytes.Contain(_database.FilePath, Secret), "the database file holds the deleted text");
        Assert.True(FileBytes.Contain(_database.FilePath, "someone else"), "the database file holds the kept row");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
