using Microsoft.Data.Sqlite;

namespace Mentoring.Storage.Tests;

/// <summary>A SQLite database file in a not-yet-existing temporary directory, deleted on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"mentoring-storage-{Guid.NewGuid():N}");

    public SqliteDatabase()
    {
        FilePath = Path.Combine(_root, "nested", "orleans.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ConnectionString;
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
