using Mentoring.Hosting;
using Mentoring.Storage;
using Npgsql;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Storage connections for test silos.</summary>
public static class TestStorage
{
    /// <summary>
    /// In-process silos share one Npgsql pool; its default of 100 exceeds what a shared test server
    /// (max_connections 100, other suites running) can give, and bursts then fail instead of queueing.
    /// </summary>
    private const int MaxPoolSize = 20;

    public static StorageConnection PostgreSql(string connectionString) =>
        new(
            StorageEngine.PostgreSql,
            StorageInvariants.PostgreSql,
            new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxPoolSize }.ConnectionString);

    public static StorageConnection Sqlite(string databaseFile) =>
        new(StorageEngine.Sqlite, StorageInvariants.Sqlite, $"Data Source={databaseFile}");
}
