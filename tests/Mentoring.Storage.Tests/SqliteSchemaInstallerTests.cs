using Microsoft.Data.Sqlite;

namespace Mentoring.Storage.Tests;

public sealed class SqliteSchemaInstallerTests : IDisposable
{
    private const SchemaComponents SqliteComponents = SchemaComponents.Persistence | SchemaComponents.Reminders;

    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Applying_twice_succeeds_creates_the_directory_and_records_versions()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database.FilePath)));

        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SqliteComponents, CancellationToken.None);
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SqliteComponents, CancellationToken.None);

        Assert.True(File.Exists(_database.FilePath));
        var versions = await Database.SchemaVersionsAsync(StorageEngine.Sqlite, _database.ConnectionString);
        Assert.Equal(1, versions["main"]);
        Assert.Equal(1, versions["persistence"]);
        Assert.Equal(1, versions["reminders"]);
    }

    [Fact]
    public async Task Every_query_key_the_providers_load_is_present()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SqliteComponents, CancellationToken.None);

        var keys = await Database.QueryKeysAsync(StorageEngine.Sqlite, _database.ConnectionString);
        Assert.All(RequiredQueryKeys.Persistence, key => Assert.Contains(key, keys));
        Assert.All(RequiredQueryKeys.Reminders, key => Assert.Contains(key, keys));
    }

    [Fact]
    public async Task Raw_scripts_are_idempotent_when_run_by_hand()
    {
        foreach (var name in new[] { "Main", "Persistence", "Participants", "Events", "Reminders", "Main", "Persistence", "Participants", "Events", "Reminders" })
        {
            await Database.ExecuteAsync(StorageEngine.Sqlite, RawDatabase(), SchemaScripts.Load("Sqlite", name).Text);
        }

        var versions = await Database.SchemaVersionsAsync(StorageEngine.Sqlite, RawDatabase());
        Assert.Equal(5, versions.Count);
    }

    [Fact]
    public async Task Database_is_switched_to_write_ahead_logging()
    {
        await SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Persistence, CancellationToken.None);

        Assert.Equal("wal", await Database.ScalarAsync(StorageEngine.Sqlite, _database.ConnectionString, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Installer_run_twice_concurrently_succeeds()
    {
        await Task.WhenAll(
            Task.Run(() => SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SqliteComponents, CancellationToken.None)),
            Task.Run(() => SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SqliteComponents, CancellationToken.None)));

        Assert.Equal(5, (await Database.SchemaVersionsAsync(StorageEngine.Sqlite, _database.ConnectionString)).Count);
    }

    [Fact]
    public async Task Clustering_is_refused_on_sqlite()
    {
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            SchemaInstaller.ApplyAsync(StorageEngine.Sqlite, _database.ConnectionString, SchemaComponents.Clustering, CancellationToken.None));
    }

    // Bypasses the installer entirely, as a DBA applying the files would.
    private string RawDatabase()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        return new SqliteConnectionStringBuilder { DataSource = _database.FilePath + ".raw", Pooling = false }.ConnectionString;
    }
}
