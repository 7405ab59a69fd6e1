using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Storage.Tests;

/// <summary>Direct SQL access to the test databases, bypassing Orleans.</summary>
public static class Database
{
    public static DbConnection Open(StorageEngine engine, string connectionString)
    {
        DbConnection connection = engine == StorageEngine.PostgreSql
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    public static async Task<object?> ScalarAsync(StorageEngine engine, string connectionString, string sql)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    public static async Task<long> CountAsync(StorageEngine engine, string connectionString, string sql) =>
        Convert.ToInt64(await ScalarAsync(engine, connectionString, sql), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<int> ExecuteAsync(StorageEngine engine, string connectionString, string sql)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<IReadOnlySet<string>> QueryKeysAsync(StorageEngine engine, string connectionString)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey FROM OrleansQuery";
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public static async Task<IReadOnlyDictionary<string, int>> SchemaVersionsAsync(StorageEngine engine, string connectionString)
    {
        await using var connection = Open(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT component, version FROM mentoring_schema_version";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return versions;
    }
}
