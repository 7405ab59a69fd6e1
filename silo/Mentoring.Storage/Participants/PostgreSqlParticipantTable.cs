using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Mentoring.Storage.Participants;

/// <summary>
/// The participants table on PostgreSQL. A batch of changes is one statement over arrays (unnest), so its size
/// changes neither the SQL text nor the number of round trips.
/// </summary>
internal sealed class PostgreSqlParticipantTable(string connectionString, string serviceId) : IParticipantTable, IAsyncDisposable
{
    private const string Columns = "participant_id, role, version, payload";

    // Inserts expect no row, updates and deletes the version they read; each answers the keys it touched. The events of
    // the changes made go to the programme's log in the same statement, so they commit together or not at all, in one
    // round trip and without a lock shared with other writes (the log numbers them when read: PostgreSqlEventSequencer).
    // An event id the log already holds (a write that changed only match slots repeats its profile's last event) is skipped.
    private const string ApplySql = """
        WITH input AS (
            SELECT * FROM unnest(@programme_ids, @participant_ids, @roles, @expected, @payloads)
                AS i(programme_id, participant_id, role, expected, payload)
        ), inserted AS (
            INSERT INTO mentoring_participants AS t (service_id, programme_id, participant_id, role, version, update_time, payload)
            SELECT @service_id, i.programme_id, i.participant_id, i.role, 1, now(), i.payload
            FROM input i WHERE i.expected = 0 AND i.payload IS NOT NULL
            ON CONFLICT (service_id, programme_id, participant_id) DO NOTHING
            RETURNING t.programme_id, t.participant_id
        ), updated AS (
            UPDATE mentoring_participants AS t
            SET role = i.role, version = t.version + 1, update_time = now(), payload = i.payload
            FROM input i
            WHERE i.expected > 0 AND i.payload IS NOT NULL AND t.service_id = @service_id
              AND t.programme_id = i.programme_id AND t.participant_id = i.participant_id AND t.version = i.expected
            RETURNING t.programme_id, t.participant_id
        ), deleted AS (
            DELETE FROM mentoring_participants AS t
            USING input i
            WHERE i.expected > 0 AND i.payload IS NULL AND t.service_id = @service_id
              AND t.programme_id = i.programme_id AND t.participant_id = i.participant_id AND t.version = i.expected
            RETURNING t.programme_id, t.participant_id
        ), made AS (
            SELECT programme_id, participant_id FROM inserted
            UNION ALL SELECT programme_id, participant_id FROM updated
            UNION ALL SELECT programme_id, participant_id FROM deleted
        ), drafts AS (
            SELECT * FROM unnest(@e_programmes, @e_participants, @e_ids, @e_types, @e_subjects, @e_times, @e_data) WITH ORDINALITY
                AS d(programme_id, participant_id, event_id, type, subject, occurred_at, data, ord)
        ), appended AS (
            INSERT INTO mentoring_programme_events (service_id, programme_id, event_id, type, subject, occurred_at, data)
            SELECT @service_id, d.programme_id, d.event_id, d.type, d.subject, d.occurred_at, d.data
            FROM drafts d JOIN made m ON m.programme_id = d.programme_id AND m.participant_id = d.participant_id
            ORDER BY d.ord
            ON CONFLICT (service_id, event_id) DO NOTHING
            RETURNING 1
        )
        SELECT programme_id, participant_id FROM made
        """;

    // The same few statements run thousands of times a second: prepared once per connection, they skip parsing and planning.
    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(connectionString)
    {
        ConnectionStringBuilder = { MaxAutoPrepare = Math.Max(new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare, 16), AutoPrepareMinUsages = 2 },
    }.Build();

    public async Task<ParticipantRow?[]> ReadManyAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT t.programme_id, t.participant_id, t.role, t.version, t.payload FROM mentoring_participants t " +
            "JOIN unnest(@programme_ids, @participant_ids) AS k(programme_id, participant_id) " +
            "ON t.programme_id = k.programme_id AND t.participant_id = k.participant_id WHERE t.service_id = @s");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.Add(new NpgsqlParameter<string[]>("programme_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.ProgrammeId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("participant_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.ParticipantId)] });
        var rows = new Dictionary<(string, string), ParticipantRow>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var programmeId = reader.GetString(0);
            rows[(programmeId, reader.GetString(1))] = new ParticipantRow(
                programmeId, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt16(2), reader.GetInt64(3), reader.GetFieldValue<byte[]>(4));
        }

        return [.. keys.Select(k => rows.GetValueOrDefault(k))];
    }

    public async Task<bool[]> ApplyAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken)
    {
        var made = new bool[changes.Count];
        var index = new Dictionary<(string, string), int>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            index.Add((changes[i].ProgrammeId, changes[i].ParticipantId), i);

            // Deleting a row that was never stored has nothing to do.
            made[i] = changes[i] is { IsDelete: true, ExpectedVersion: 0 };
        }

        var events = changes.Where(c => c.Event is not null).ToList();
        await using var command = _source.CreateCommand(ApplySql);
        command.Parameters.AddWithValue("service_id", serviceId);
        command.Parameters.Add(new NpgsqlParameter<string[]>("programme_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. changes.Select(c => c.ProgrammeId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("participant_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. changes.Select(c => c.ParticipantId)] });
        command.Parameters.Add(new NpgsqlParameter<short?[]>("roles", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { TypedValue = [.. changes.Select(c => c.Role)] });
        command.Parameters.Add(new NpgsqlParameter<long[]>("expected", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. changes.Select(c => c.ExpectedVersion)] });
        command.Parameters.Add(new NpgsqlParameter<byte[]?[]>("payloads", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. changes.Select(c => c.Payload)] });
        command.Parameters.Add(Texts("e_programmes", [.. events.Select(e => e.ProgrammeId)]));
        command.Parameters.Add(Texts("e_participants", [.. events.Select(e => e.ParticipantId)]));
        command.Parameters.Add(Texts("e_ids", [.. events.Select(e => e.Event!.EventId)]));
        command.Parameters.Add(Texts("e_types", [.. events.Select(e => e.Event!.Type)]));
        command.Parameters.Add(Texts("e_subjects", [.. events.Select(e => e.Event!.Subject)]));
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("e_times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            TypedValue = [.. events.Select(e => e.Event!.OccurredAt.UtcDateTime)],
        });
        command.Parameters.Add(Texts("e_data", [.. events.Select(e => e.Event!.Data)]));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            made[index[(reader.GetString(0), reader.GetString(1))]] = true;
        }

        return made;
    }

    public async Task<IReadOnlyList<ParticipantRow>> ListAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken)
    {
        var roleFilter = role is null ? "role IS NOT NULL" : "role = @role";
        await using var command = _source.CreateCommand(
            $"SELECT {Columns} FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id > @after AND {roleFilter} " +
            "ORDER BY participant_id LIMIT @limit");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", programmeId);
        command.Parameters.AddWithValue("after", afterId ?? "");
        command.Parameters.AddWithValue("limit", limit);
        if (role is { } value)
        {
            command.Parameters.AddWithValue("role", value);
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
        await using var command = _source.CreateCommand(
            $"SELECT {Columns} FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL ORDER BY participant_id");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", programmeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Row(programmeId, reader);
        }
    }

    public async Task<IReadOnlyList<ParticipantVersion>> ListVersionsAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT participant_id, version FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL " +
            "ORDER BY participant_id");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", programmeId);
        var versions = new List<ParticipantVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new ParticipantVersion(reader.GetString(0), reader.GetInt64(1)));
        }

        return versions;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT participant_id FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND participant_id > @after " +
            "ORDER BY participant_id LIMIT @limit");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", programmeId);
        command.Parameters.AddWithValue("after", afterId ?? "");
        command.Parameters.AddWithValue("limit", limit);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM mentoring_participants WHERE service_id = @s AND programme_id = @p AND role IS NOT NULL)");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", programmeId);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static NpgsqlParameter<string[]> Texts(string name, string[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values };

    private static ParticipantRow Row(string programmeId, NpgsqlDataReader reader) => new(
        programmeId,
        reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetInt16(1),
        reader.GetInt64(2),
        reader.GetFieldValue<byte[]>(3));
}
