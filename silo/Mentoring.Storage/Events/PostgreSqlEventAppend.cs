using Npgsql;
using NpgsqlTypes;

namespace Mentoring.Storage.Events;

/// <summary>
/// Appends events inside a caller's transaction on PostgreSQL: the heads are locked first (in programme order, so
/// two appends never wait on each other in a circle), and only then are ids already stored looked for, so an append
/// racing another with the same id sees the other's commit.
/// </summary>
internal static class PostgreSqlEventAppend
{
    private const string LockHeadsSql = """
        INSERT INTO mentoring_programme_event_heads AS h (service_id, programme_id, last_sequence)
        SELECT @s, p, 0 FROM unnest(@programmes) AS p
        ON CONFLICT (service_id, programme_id) DO UPDATE SET last_sequence = h.last_sequence
        RETURNING h.programme_id, h.last_sequence
        """;

    private const string InsertSql = """
        INSERT INTO mentoring_programme_events (service_id, programme_id, sequence, event_id, type, subject, occurred_at, data)
        SELECT @s, e.programme_id, e.sequence, e.event_id, e.type, e.subject, e.occurred_at, e.data
        FROM unnest(@programmes, @sequences, @ids, @types, @subjects, @times, @data)
            AS e(programme_id, sequence, event_id, type, subject, occurred_at, data)
        """;

    private const string MoveHeadsSql = """
        UPDATE mentoring_programme_event_heads AS h SET last_sequence = n.last_sequence
        FROM unnest(@programmes, @lasts) AS n(programme_id, last_sequence)
        WHERE h.service_id = @s AND h.programme_id = n.programme_id
        """;

    public static async Task<int> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string serviceId, IReadOnlyList<EventDraft> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        var programmes = events.Select(e => e.ProgrammeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var lockHeads = new NpgsqlCommand(LockHeadsSql, connection, transaction))
        {
            lockHeads.Parameters.AddWithValue("s", serviceId);
            lockHeads.Parameters.Add(Texts("programmes", programmes));
            await using var reader = await lockHeads.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                heads[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (var existing = new NpgsqlCommand(
            "SELECT event_id FROM mentoring_programme_events WHERE service_id = @s AND event_id = ANY(@ids)", connection, transaction))
        {
            existing.Parameters.AddWithValue("s", serviceId);
            existing.Parameters.Add(Texts("ids", [.. events.Select(e => e.EventId)]));
            await using var reader = await existing.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add(reader.GetString(0));
            }
        }

        var fresh = events.Where(e => stored.Add(e.EventId)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var sequences = new long[fresh.Count];
        for (var i = 0; i < fresh.Count; i++)
        {
            sequences[i] = heads[fresh[i].ProgrammeId] += 1;
        }

        await using (var insert = new NpgsqlCommand(InsertSql, connection, transaction))
        {
            insert.Parameters.AddWithValue("s", serviceId);
            insert.Parameters.Add(Texts("programmes", [.. fresh.Select(e => e.ProgrammeId)]));
            insert.Parameters.Add(new NpgsqlParameter<long[]>("sequences", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = sequences });
            insert.Parameters.Add(Texts("ids", [.. fresh.Select(e => e.EventId)]));
            insert.Parameters.Add(Texts("types", [.. fresh.Select(e => e.Type)]));
            insert.Parameters.Add(Texts("subjects", [.. fresh.Select(e => e.Subject)]));
            insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
            {
                TypedValue = [.. fresh.Select(e => e.OccurredAt.UtcDateTime)],
            });
            insert.Parameters.Add(Texts("data", [.. fresh.Select(e => e.Data)]));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var moveHeads = new NpgsqlCommand(MoveHeadsSql, connection, transaction))
        {
            moveHeads.Parameters.AddWithValue("s", serviceId);
            moveHeads.Parameters.Add(Texts("programmes", [.. heads.Keys]));
            moveHeads.Parameters.Add(new NpgsqlParameter<long[]>("lasts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. heads.Values] });
            await moveHeads.ExecuteNonQueryAsync(cancellationToken);
        }

        return fresh.Count;
    }

    private static NpgsqlParameter<string[]> Texts(string name, string[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values };
}
