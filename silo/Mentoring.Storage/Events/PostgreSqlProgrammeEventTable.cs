using Npgsql;

namespace Mentoring.Storage.Events;

/// <summary>The event logs on PostgreSQL.</summary>
internal sealed class PostgreSqlProgrammeEventTable(string connectionString, string serviceId) : IProgrammeEventTable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken) =>
        PostgreSqlEventAppend.AppendAsync(_source, serviceId, events, cancellationToken);

    public async Task<StoredEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        await PostgreSqlEventSequencer.SequenceAsync(_source, serviceId, programmeId, cancellationToken);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        // One snapshot for the events and the head, so the head is never behind the events read.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var events = new List<StoredEvent>(Math.Min(maxCount, 1024));
        await using (var command = new NpgsqlCommand(
            "SELECT sequence, event_id, type, subject, occurred_at, data FROM mentoring_programme_events " +
            "WHERE service_id = @s AND programme_id = @p AND sequence > @after ORDER BY sequence LIMIT @limit", connection, transaction))
        {
            command.Parameters.AddWithValue("s", serviceId);
            command.Parameters.AddWithValue("p", programmeId);
            command.Parameters.AddWithValue("after", afterSequence);
            command.Parameters.AddWithValue("limit", maxCount);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(new StoredEvent(programmeId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    new DateTimeOffset(reader.GetFieldValue<DateTime>(4), TimeSpan.Zero), reader.GetString(5)));
            }
        }

        await using var head = new NpgsqlCommand(
            "SELECT last_sequence FROM mentoring_programme_event_heads WHERE service_id = @s AND programme_id = @p", connection, transaction);
        head.Parameters.AddWithValue("s", serviceId);
        head.Parameters.AddWithValue("p", programmeId);
        var last = await head.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
        await transaction.CommitAsync(cancellationToken);
        return new StoredEventPage(events, last);
    }

    public async Task<int> RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var found = new List<(long Position, string Subject, string Data)>();
        await using (var select = new NpgsqlCommand(
            "SELECT position, subject, data FROM mentoring_programme_events WHERE service_id = @s AND programme_id = @p " +
            "AND (strpos(subject, @id) > 0 OR strpos(data, @id) > 0) ORDER BY position FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue("s", serviceId);
            select.Parameters.AddWithValue("p", programmeId);
            select.Parameters.AddWithValue("id", participantId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var changed = 0;
        await using var update = new NpgsqlCommand(
            "UPDATE mentoring_programme_events SET subject = @subject, data = @data WHERE position = @position",
            connection, transaction);
        foreach (var (position, subject, data) in found)
        {
            var (newSubject, newData) = (EventRedaction.Subject(subject, participantId, pseudonym), EventRedaction.Data(data, participantId, pseudonym));
            if (newSubject == subject && newData == data)
            {
                continue;
            }

            update.Parameters.Clear();
            update.Parameters.AddWithValue("position", position);
            update.Parameters.AddWithValue("subject", newSubject);
            update.Parameters.AddWithValue("data", newData);
            changed += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task PurgeAsync(string programmeId, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in new[] { "mentoring_programme_event_heads", "mentoring_programme_events" })
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {table} WHERE service_id = @s AND programme_id = @p", connection, transaction);
            command.Parameters.AddWithValue("s", serviceId);
            command.Parameters.AddWithValue("p", programmeId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
