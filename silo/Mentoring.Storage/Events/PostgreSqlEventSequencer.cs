using Npgsql;

namespace Mentoring.Storage.Events;

/// <summary>
/// Numbers a programme's committed, unnumbered events on PostgreSQL, in position order, continuing from its head. The
/// head's row lock is held only by this short transaction (readers run it before they read), never by the writes.
/// </summary>
internal static class PostgreSqlEventSequencer
{
    /// <summary>The most events one pass numbers; a later read numbers the rest.</summary>
    public const int MaxPerPass = 10_000;

    private const string PendingSql =
        "SELECT EXISTS (SELECT 1 FROM mentoring_programme_events WHERE service_id = @s AND programme_id = @p AND sequence IS NULL)";

    // The lock is its own statement: under READ COMMITTED the numbering statement after it then sees every event a
    // pass that held the lock before this one numbered, so no event is numbered twice.
    private const string LockHeadSql = """
        INSERT INTO mentoring_programme_event_heads AS h (service_id, programme_id, last_sequence) VALUES (@s, @p, 0)
        ON CONFLICT (service_id, programme_id) DO UPDATE SET last_sequence = h.last_sequence
        RETURNING h.last_sequence
        """;

    private const string NumberSql = """
        WITH pending AS (
            SELECT position, row_number() OVER (ORDER BY position) AS n
            FROM mentoring_programme_events
            WHERE service_id = @s AND programme_id = @p AND sequence IS NULL
            ORDER BY position
            LIMIT @limit
        ), numbered AS (
            UPDATE mentoring_programme_events AS e SET sequence = @head + p.n
            FROM pending p WHERE e.position = p.position
            RETURNING 1
        )
        UPDATE mentoring_programme_event_heads SET last_sequence = @head + (SELECT count(*) FROM numbered)
        WHERE service_id = @s AND programme_id = @p
        """;

    public static async Task SequenceAsync(NpgsqlDataSource source, string serviceId, string programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using (var pending = new NpgsqlCommand(PendingSql, connection))
        {
            pending.Parameters.AddWithValue("s", serviceId);
            pending.Parameters.AddWithValue("p", programmeId);
            if (await pending.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long head;
        await using (var lockHead = new NpgsqlCommand(LockHeadSql, connection, transaction))
        {
            lockHead.Parameters.AddWithValue("s", serviceId);
            lockHead.Parameters.AddWithValue("p", programmeId);
            head = (long)(await lockHead.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var number = new NpgsqlCommand(NumberSql, connection, transaction))
        {
            number.Parameters.AddWithValue("s", serviceId);
            number.Parameters.AddWithValue("p", programmeId);
            number.Parameters.AddWithValue("head", head);
            number.Parameters.AddWithValue("limit", MaxPerPass);
            await number.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
