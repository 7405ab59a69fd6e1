using System.Runtime.CompilerServices;
using Mentoring.Storage.Events;
using Microsoft.Data.Sqlite;

namespace Mentoring.Storage.Participants;

/// <summary>
/// The participants table on SQLite. A batch is one transaction of prepared single-row statements: SQLite runs
/// in-process, where a statement costs microseconds and the commit (the fsync) is what a batch shares.
/// </summary>
internal sealed class SqliteParticipantTable(string connectionString, string serviceId) : IParticipantTable
{
    private const string Table = "mentoring_participants";
    private const string Columns = "participant_id, role, version, payload";
    private const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    public Task<ParticipantRow?[]> ReadManyAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, () => ReadEachAsync(keys, cancellationToken), keys.Count);

    private async Task<ParticipantRow?[]> ReadEachAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            $"SELECT {Columns} FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id = @id");
        var rows = new ParticipantRow?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            Set(command, "@p", keys[i].ProgrammeId);
            Set(command, "@id", keys[i].ParticipantId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            rows[i] = await reader.ReadAsync(cancellationToken) ? Row(keys[i].ProgrammeId, reader) : null;
        }

        return rows;
    }

    public Task<bool[]> ApplyAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync(Same(changes), Table, () => ApplyInOneTransactionAsync(changes, cancellationToken), changes.Count);

    // The statement a batch's changes share, or null when they differ.
    private static string? Same(IReadOnlyList<ParticipantRowChange> changes)
    {
        var operations = changes.Select(c => c.IsDelete ? "DELETE" : c.ExpectedVersion == 0 ? "INSERT" : "UPDATE").Distinct().ToList();
        return operations.Count == 1 ? operations[0] : null;
    }

    private async Task<bool[]> ApplyInOneTransactionAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = Command(connection,
            "INSERT INTO mentoring_participants (service_id, programme_id, participant_id, role, version, update_time, payload) " +
            $"VALUES (@s, @p, @id, @role, 1, {Now}, @payload) ON CONFLICT DO NOTHING", transaction);
        await using var update = Command(connection,
            $"UPDATE mentoring_participants SET role = @role, version = version + 1, update_time = {Now}, payload = @payload " +
            "WHERE service_id = @s AND programme_id = @p AND participant_id = @id AND version = @expected", transaction);
        await using var delete = Command(connection,
            "DELETE FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id = @id AND version = @expected",
            transaction);

        var made = new bool[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change is { IsDelete: true, ExpectedVersion: 0 })
            {
                made[i] = true;
                continue;
            }

            var command = change.IsDelete ? delete : change.ExpectedVersion == 0 ? insert : update;
            Set(command, "@p", change.ProgrammeId);
            Set(command, "@id", change.ParticipantId);
            if (!change.IsDelete)
            {
                Set(command, "@role", change.Role);
                Set(command, "@payload", change.Payload);
            }

            if (change.ExpectedVersion > 0)
            {
                Set(command, "@expected", change.ExpectedVersion);
            }

            made[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        // The events of the changes made commit with them, or neither does.
        await SqliteEventAppend.AppendAsync(connection, transaction, serviceId, ParticipantEvents.Of(changes, made), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return made;
    }

    public Task<IReadOnlyList<ParticipantRow>> ListAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, () => ListRowsAsync(programmeId, afterId, limit, role, cancellationToken));

    private async Task<IReadOnlyList<ParticipantRow>> ListRowsAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken)
    {
        var roleFilter = role is null ? "role IS NOT NULL" : "role = @role";
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            $"SELECT {Columns} FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id > @after AND {roleFilter} " +
            "ORDER BY participant_id LIMIT @limit");
        command.Parameters.AddWithValue("@p", programmeId);
        command.Parameters.AddWithValue("@after", afterId ?? "");
        command.Parameters.AddWithValue("@limit", limit);
        if (role is { } value)
        {
            command.Parameters.AddWithValue("@role", value);
        }

        var rows = new List<ParticipantRow>(Math.Min(limit, 1024));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Row(programmeId, reader));
        }

        return rows;
    }

    public async IAsyncEnumerable<ParticipantRow> ScanAsync(string programmeId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The span lasts as long as the caller reads the stream.
        using var span = SqliteSpans.Start("SELECT", Table);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            $"SELECT {Columns} FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL ORDER BY participant_id");
        command.Parameters.AddWithValue("@p", programmeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Row(programmeId, reader);
        }
    }

    public Task<IReadOnlyList<ParticipantVersion>> ListVersionsAsync(string programmeId, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, () => ListVersionRowsAsync(programmeId, cancellationToken));

    private async Task<IReadOnlyList<ParticipantVersion>> ListVersionRowsAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT participant_id, version FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL " +
            "ORDER BY participant_id");
        command.Parameters.AddWithValue("@p", programmeId);
        var versions = new List<ParticipantVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new ParticipantVersion(reader.GetString(0), reader.GetInt64(1)));
        }

        return versions;
    }

    public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, () => ListIdRowsAsync(programmeId, afterId, limit, cancellationToken));

    private async Task<IReadOnlyList<string>> ListIdRowsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT participant_id FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id > @after " +
            "ORDER BY participant_id LIMIT @limit");
        command.Parameters.AddWithValue("@p", programmeId);
        command.Parameters.AddWithValue("@after", afterId ?? "");
        command.Parameters.AddWithValue("@limit", limit);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, () => AnyRowAsync(programmeId, cancellationToken));

    private async Task<bool> AnyRowAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT EXISTS (SELECT 1 FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL)");
        command.Parameters.AddWithValue("@p", programmeId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null) =>
        SqliteCommands.Command(connection, transaction, serviceId, sql);

    private static void Set(SqliteCommand command, string name, object? value) => SqliteCommands.Set(command, name, value);

    private static ParticipantRow Row(string programmeId, SqliteDataReader reader) => new(
        programmeId,
        reader.GetString(0),
        reader.IsDBNull(1) ? null : (short)reader.GetInt64(1),
        reader.GetInt64(2),
        (byte[])reader.GetValue(3));
}
