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
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
