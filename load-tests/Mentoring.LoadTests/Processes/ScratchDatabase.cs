using Npgsql;

namespace Mentoring.LoadTests.Processes;

/// <summary>A fresh PostgreSQL database for one run, so that every run starts from an empty schema; dropped afterwards.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;
    private readonly bool _keep;

    private ScratchDatabase(string adminConnectionString, string name, bool keep)
    {
        _adminConnectionString = adminConnectionString;
        _keep = keep;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <param name="connectionString">A role that may CREATE DATABASE; its pool settings carry over to the services.</param>
    public static async Task<ScratchDatabase> CreateAsync(string connectionString, bool keep, CancellationToken ct)
    {
        var name = $"loadtest_{DateTime.UtcNow:yyyyMMdd_HHmmss}_{Random.Shared.Next(1000, 9999)}";
        var database = new ScratchDatabase(connectionString, name, keep);
        await database.ExecuteAsync($"CREATE DATABASE {name}", ct);
        return database;
    }

    /// <summary>Waits until <paramref name="silos"/> silos of <paramref name="clusterId"/> are Active in the membership table.</summary>
    public Task WaitForActiveSilosAsync(string clusterId, int silos, IReadOnlyList<ChildProcess> processes, TimeSpan timeout, CancellationToken ct) =>
        WaitForActiveSilosAsync(clusterId, silos, DateTime.MinValue, processes, timeout, ct);

    /// <summary>Waits until <paramref name="silos"/> silos that started after <paramref name="startedAfterUtc"/> are active in the membership table.</summary>
    public async Task WaitForActiveSilosAsync(string clusterId, int silos, DateTime startedAfterUtc, IReadOnlyList<ChildProcess> processes, TimeSpan timeout, CancellationToken ct)
    {
        const int active = 3;
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (processes.FirstOrDefault(p => p.HasExited) is { } dead)
            {
                throw new InvalidOperationException($"{dead.Name} exited while the cluster formed:\n{dead.Tail()}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @id AND status = @active AND starttime > @since", connection);
                command.Parameters.AddWithValue("id", clusterId);
                command.Parameters.AddWithValue("since", DateTime.SpecifyKind(startedAfterUtc, DateTimeKind.Utc));
                command.Parameters.AddWithValue("active", active);
                if ((long)(await command.ExecuteScalarAsync(ct))! >= silos)
                {
                    return;
                }
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The first silo has not applied the schema yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{silos} silos not active after {timeout}.");
            }

            await Task.Delay(250, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep)
        {
            return;
        }

        // Autovacuum workers of a freshly filled database may hold it for a while, and FORCE cannot end them without a superuser.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (PostgresException) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            catch (PostgresException exception)
            {
                await Console.Error.WriteLineAsync($"warning: database {Name} was left behind: {exception.MessageText}");
                return;
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
