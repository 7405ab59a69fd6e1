using Mentoring.Testing;
using Npgsql;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>Cuts a test database off from every client, as a PostgreSQL outage would, and lets them back in.</summary>
public static class DatabaseAccess
{
    public static async Task BlockAsync(string connectionString)
    {
        var database = Quote(connectionString);
        await ExecuteOnServerAsync($"ALTER DATABASE {database} ALLOW_CONNECTIONS false");
        await ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name(connectionString)}' AND pid <> pg_backend_pid()");
    }

    public static Task AllowAsync(string connectionString) =>
        ExecuteOnServerAsync($"ALTER DATABASE {Quote(connectionString)} ALLOW_CONNECTIONS true");

    private static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static string Quote(string connectionString) => $"\"{Name(connectionString)}\"";

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFixture.ServerConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
