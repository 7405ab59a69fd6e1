using Npgsql;
using Xunit;

namespace Mentoring.Testing;

/// <summary>
/// Creates a fresh, uniquely named PostgreSQL database for one test class and drops it afterwards.
/// The server comes from MENTORING_TEST_POSTGRES; without it the tests fail rather than skip.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "MENTORING_TEST_POSTGRES";

    private string? _serverConnectionString;
    private string? _connectionString;
    private string? _databaseName;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("PostgresFixture is not initialised.");

    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"Environment variable {EnvironmentVariable} is not set. PostgreSQL storage tests need it, e.g. " +
                $"{EnvironmentVariable}=\"Host=127.0.0.1;Port=5432;Username=mentoring;Password=mentoring;Database=mentoring\".");
        }

        return value;
    }

    public async Task InitializeAsync()
    {
        _serverConnectionString = ServerConnectionString();
        _databaseName = $"mentoring_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_databaseName is null || _serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();

        // Not DROP ... WITH (FORCE): it refuses outright when an autovacuum worker is in the database (PostgreSQL 15:
        // "must be a member of the role whose process is being terminated"), as one often is after a test wrote a lot.
        // This role ends its own sessions; a plain DROP then stops autovacuum workers itself and waits up to 5 s for
        // the rest. A pool reconnecting in between ("being accessed by other users") is the one case to try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid() AND usename = current_user",
                    _databaseName);
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\"");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql, string? database = null)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (database is not null)
        {
            command.Parameters.AddWithValue("database", database);
        }

        await command.ExecuteNonQueryAsync();
    }
}
