using Npgsql;
using NpgsqlTypes;

namespace Mentoring.Storage.Events;

/// <summary>
/// Stores events on PostgreSQL without a sequence, in one statement that takes no lock beyond its own rows: an event
/// id already stored (or repeated in the batch) is skipped by the unique key, and <see cref="PostgreSqlEventSequencer"/>
/// numbers the events once they are committed.
/// </summary>
internal static class PostgreSqlEventAppend
{
    private const string InsertSql = """
        INSERT INTO mentoring_programme_events (service_id, programme_id, event_id, type, subject, occurred_at, data)
        SELECT @s, e.programme_id, e.event_id, e.type, e.subject, e.occurred_at, e.data
        FROM unnest(@programmes, @ids, @types, @subjects, @times, @data) WITH ORDINALITY
            AS e(programme_id, event_id, type, subject, occurred_at, data, ord)
        ORDER BY e.ord
        ON CONFLICT (service_id, event_id) DO NOTHING
        """;

    public static async Task<int> AppendAsync(NpgsqlDataSource source, string serviceId, IReadOnlyList<EventDraft> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        await using var insert = source.CreateCommand(InsertSql);
        insert.Parameters.AddWithValue("s", serviceId);
        insert.Parameters.Add(Texts("programmes", [.. events.Select(e => e.ProgrammeId)]));
        insert.Parameters.Add(Texts("ids", [.. events.Select(e => e.EventId)]));
        insert.Parameters.Add(Texts("types", [.. events.Select(e => e.Type)]));
        insert.Parameters.Add(Texts("subjects", [.. events.Select(e => e.Subject)]));
        insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            TypedValue = [.. events.Select(e => e.OccurredAt.UtcDateTime)],
        });
        insert.Parameters.Add(Texts("data", [.. events.Select(e => e.Data)]));
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter<string[]> Texts(string name, string[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values };
}
