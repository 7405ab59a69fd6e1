using System.Data.Common;
using Mentoring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Mentoring.Hosting.Operations;

/// <summary>Ready only while the grain storage answers a trivial query on a fresh (or pooled) connection.</summary>
internal sealed class StorageHealthCheck(StorageConnection storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = Open();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{storage.Engine} answers");
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{storage.Engine} is unavailable", exception);
        }
    }

    private DbConnection Open() => storage.Engine switch
    {
        StorageEngine.PostgreSql => new NpgsqlConnection(storage.ConnectionString),

        // Never create the database file from a probe: a missing file means the storage is gone.
        _ => new SqliteConnection(new SqliteConnectionStringBuilder(storage.ConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ConnectionString),
    };
}
