using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentoring.Storage.Participants;

/// <summary>
/// Moves participant state written before the participants table existed (rows of state "participant" in the Orleans
/// storage table) into it, and drops the membership index rows that duplicated it. Each batch is one transaction that
/// inserts the new rows (a row already there is newer and stays) and deletes the old ones, so a crash at any point
/// leaves every participant in exactly one of the two places and the next start finishes the move.
/// </summary>
public static class LegacyParticipantMigration
{
    private const string LegacyState = "participant";
    /// <summary>Moves every legacy row of the service; <paramref name="roleOf"/> reads the role from a payload. Answers how many moved.</summary>
    public static Task<int> RunAsync(
        StorageEngine engine, string connectionString, string serviceId, Func<byte[], short?> roleOf, CancellationToken cancellationToken) =>
        RunAsync(engine, connectionString, serviceId, roleOf, batchSize: 500, cancellationToken);

    internal static async Task<int> RunAsync(
        StorageEngine engine, string connectionString, string serviceId, Func<byte[], short?> roleOf, int batchSize, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (true)
        {
            await using var connection = await OpenAsync(engine, connectionString, cancellationToken);
            await using var transaction = engine == StorageEngine.Sqlite
                ? ((SqliteConnection)connection).BeginTransaction(deferred: false)
                : await connection.BeginTransactionAsync(cancellationToken);
            var rows = await ReadBatchAsync(connection, transaction, serviceId, batchSize, cancellationToken);
            if (rows.Count == 0)
            {
                await DeleteIndexRowsAsync(connection, transaction, serviceId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return moved;
            }

            foreach (var (key, payload, version) in rows)
            {
                if (payload is not null && ParseKey(key) is var (programmeId, participantId))
                {
                    await InsertAsync(engine, connection, transaction, serviceId,
                        new ParticipantRow(programmeId, participantId, roleOf(payload), version, payload), cancellationToken);
                }

                await Execute(connection, transaction,
                    "DELETE FROM orleansstorage WHERE serviceid = @s AND graintypestring = @t AND grainidextensionstring = @k",
                    cancellationToken, ("@s", serviceId), ("@t", LegacyState), ("@k", key));
            }

            await transaction.CommitAsync(cancellationToken);
            moved += rows.Count;
        }
    }

    private static async Task<List<(string Key, byte[]? Payload, long Version)>> ReadBatchAsync(
        DbConnection connection, DbTransaction transaction, string serviceId, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT grainidextensionstring, payloadbinary, version FROM orleansstorage WHERE serviceid = @s AND graintypestring = @t LIMIT {batchSize}",
            ("@s", serviceId), ("@t", LegacyState));
        var rows = new List<(string, byte[]?, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1), Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static Task InsertAsync(StorageEngine engine, DbConnection connection, DbTransaction transaction, string serviceId, ParticipantRow row, CancellationToken cancellationToken) =>
        Execute(connection, transaction,
            "INSERT INTO mentoring_participants (service_id, programme_id, participant_id, role, version, update_time, payload) " +
            $"VALUES (@s, @p, @id, @role, @v, {(engine == StorageEngine.PostgreSql ? "now()" : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")}, @payload) " +
            "ON CONFLICT (service_id, programme_id, participant_id) DO NOTHING",
            cancellationToken, ("@s", serviceId), ("@p", row.ProgrammeId), ("@id", row.ParticipantId), ("@role", row.Role), ("@v", row.Version), ("@payload", row.Payload));

    // The shards' rows ("membership" and "membership-0".."membership-15") held copies of profiles; the table replaces them.
    private static Task DeleteIndexRowsAsync(DbConnection connection, DbTransaction transaction, string serviceId, CancellationToken cancellationToken) =>
        Execute(connection, transaction,
            "DELETE FROM orleansstorage WHERE serviceid = @s AND (graintypestring = 'membership' OR graintypestring LIKE 'membership-%')",
            cancellationToken, ("@s", serviceId));

    private static (string ProgrammeId, string ParticipantId)? ParseKey(string key)
    {
        var parts = key.Split('/');
        return parts is ["programmes", var programme, "participants", var participant] ? (programme, participant) : null;
    }

    private static async Task<DbConnection> OpenAsync(StorageEngine engine, string connectionString, CancellationToken cancellationToken)
    {
        DbConnection connection = engine == StorageEngine.PostgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
