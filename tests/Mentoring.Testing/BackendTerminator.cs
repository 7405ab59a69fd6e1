using Npgsql;

namespace Mentoring.Testing;

/// <summary>
/// Ends every server connection to one test database but the one it asks on, as a server restart or failover does
/// (57P01). It connects to that database itself and filters on it, so no other suite's connections are touched.
/// </summary>
public sealed class BackendTerminator(string connectionString)
{
    // Outside the silos' pool, so that the asking connection is never one of theirs.
    private readonly string _ownConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    /// <summary>Terminates the backends and returns how many there were.</summary>
    public async Task<long> TerminateAllAsync(CancellationToken cancellationToken = default)
    {
        await FillPoolAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(_ownConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // As in a busy silo, the shared pool holds idle connections when the server drops them, so the next storage call
    // draws a dead one instead of opening a fresh one (which an idle test cluster's empty pool would do).
    private async Task FillPoolAsync(CancellationToken cancellationToken)
    {
        var connections = Enumerable.Range(0, 4).Select(_ => new NpgsqlConnection(connectionString)).ToList();
        try
        {
            await Task.WhenAll(connections.Select(c => c.OpenAsync(cancellationToken)));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
