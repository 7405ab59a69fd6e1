using System.Globalization;
using Microsoft.Data.Sqlite;
using static Mentoring.Storage.SqliteCommands;

namespace Mentoring.Storage.Events;

/// <summary>Appends events inside a caller's write transaction on SQLite, which holds the whole database, so no other append interleaves.</summary>
internal static class SqliteEventAppend
{
    public static async Task<int> AppendAsync(
        SqliteConnection connection, SqliteTransaction transaction, string serviceId, IReadOnlyList<EventDraft> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        await using var exists = Command(connection, transaction, serviceId,
            "SELECT EXISTS (SELECT 1 FROM mentoring_programme_events WHERE service_id = @s AND event_id = @id)");
        await using var head = Command(connection, transaction, serviceId,
            "SELECT last_sequence FROM mentoring_programme_event_heads WHERE service_id = @s AND programme_id = @p");
        await using var insert = Command(connection, transaction, serviceId,
            "INSERT INTO mentoring_programme_events (service_id, programme_id, sequence, event_id, type, subject, occurred_at, data) " +
            "VALUES (@s, @p, @sequence, @id, @type, @subject, @time, @data)");
        await using var moveHead = Command(connection, transaction, serviceId,
            "INSERT INTO mentoring_programme_event_heads (service_id, programme_id, last_sequence) VALUES (@s, @p, @sequence) " +
            "ON CONFLICT (service_id, programme_id) DO UPDATE SET last_sequence = excluded.last_sequence");

        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        var appended = 0;
        foreach (var draft in events)
        {
            Set(exists, "@id", draft.EventId);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1)
            {
                continue;
            }

            if (!heads.TryGetValue(draft.ProgrammeId, out var last))
            {
                Set(head, "@p", draft.ProgrammeId);
                last = await head.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
            }

            heads[draft.ProgrammeId] = ++last;
            Set(insert, "@p", draft.ProgrammeId);
            Set(insert, "@sequence", last);
            Set(insert, "@id", draft.EventId);
            Set(insert, "@type", draft.Type);
            Set(insert, "@subject", draft.Subject);
            Set(insert, "@time", Time(draft.OccurredAt));
            Set(insert, "@data", draft.Data);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            appended++;
        }

        foreach (var (programmeId, last) in heads)
        {
            Set(moveHead, "@p", programmeId);
            Set(moveHead, "@sequence", last);
            await moveHead.ExecuteNonQueryAsync(cancellationToken);
        }

        return appended;
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
