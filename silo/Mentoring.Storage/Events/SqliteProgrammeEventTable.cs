using Microsoft.Data.Sqlite;
using static Mentoring.Storage.Events.SqliteEventAppend;
using static Mentoring.Storage.SqliteCommands;

namespace Mentoring.Storage.Events;

/// <summary>The event logs on SQLite.</summary>
internal sealed class SqliteProgrammeEventTable(string connectionString, string serviceId) : IProgrammeEventTable
{
    private const string Table = "mentoring_programme_events";

    public Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("INSERT", Table, async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var appended = await SqliteEventAppend.AppendAsync(connection, transaction, serviceId, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return appended;
        }, events.Count);

    public Task<StoredEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("SELECT", Table, async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            // A read transaction is one snapshot (WAL), so the head is never behind the events read.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var events = new List<StoredEvent>(Math.Min(maxCount, 1024));
            await using (var command = Command(connection, transaction, serviceId,
                "SELECT sequence, event_id, type, subject, occurred_at, data FROM mentoring_programme_events " +
                "WHERE service_id = @s AND programme_id = @p AND sequence > @after ORDER BY sequence LIMIT @limit"))
            {
                Set(command, "@p", programmeId);
                Set(command, "@after", afterSequence);
                Set(command, "@limit", maxCount);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    events.Add(new StoredEvent(programmeId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        ParseTime(reader.GetString(4)), reader.GetString(5)));
                }
            }

            await using var head = Command(connection, transaction, serviceId,
                "SELECT last_sequence FROM mentoring_programme_event_heads WHERE service_id = @s AND programme_id = @p");
            Set(head, "@p", programmeId);
            var last = await head.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
            await transaction.CommitAsync(cancellationToken);
            return new StoredEventPage(events, last);
        });

    public Task<int> RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("UPDATE", Table, async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var found = new List<(long Sequence, string Subject, string Data)>();
            await using (var select = Command(connection, transaction, serviceId,
                "SELECT sequence, subject, data FROM mentoring_programme_events WHERE service_id = @s AND programme_id = @p " +
                "AND (instr(subject, @id) > 0 OR instr(data, @id) > 0) ORDER BY sequence"))
            {
                Set(select, "@p", programmeId);
                Set(select, "@id", participantId);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            var changed = 0;
            await using var update = Command(connection, transaction, serviceId,
                "UPDATE mentoring_programme_events SET subject = @subject, data = @data WHERE service_id = @s AND programme_id = @p AND sequence = @sequence");
            foreach (var (sequence, subject, data) in found)
            {
                var (newSubject, newData) = (EventRedaction.Subject(subject, participantId, pseudonym), EventRedaction.Data(data, participantId, pseudonym));
                if (newSubject == subject && newData == data)
                {
                    continue;
                }

                Set(update, "@p", programmeId);
                Set(update, "@sequence", sequence);
                Set(update, "@subject", newSubject);
                Set(update, "@data", newData);
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return changed;
        });

    public Task PurgeAsync(string programmeId, CancellationToken cancellationToken) =>
        SqliteSpans.TraceAsync("DELETE", Table, async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var table in new[] { "mentoring_programme_event_heads", "mentoring_programme_events" })
            {
                await using var command = Command(connection, transaction, serviceId, $"DELETE FROM {table} WHERE service_id = @s AND programme_id = @p");
                Set(command, "@p", programmeId);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return 0;
        });

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
