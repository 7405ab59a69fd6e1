using Mentoring.Storage.Events;
using Mentoring.Testing;

namespace Mentoring.Storage.Tests.Events;

/// <summary>
/// A PostgreSQL event log written by version 1 of the events script (numbers given at append, under the head's lock)
/// starts on version 2 with every event and number kept, and the log goes on from its head. The version-1 script is
/// the one 4916cd0 shipped (Fixtures/events-v1.postgresql.sql).
/// </summary>
public sealed class PostgresEventLogMigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Programme = "p-migrated";

    [Fact]
    public async Task A_version_one_log_keeps_its_events_and_numbers_and_goes_on_from_its_head()
    {
        var connection = postgres.ConnectionString;
        await SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, connection, SchemaComponents.Persistence, default);

        // Put the events component back to version 1, with a log the version-1 code wrote.
        await Database.ExecuteAsync(StorageEngine.PostgreSql, connection,
            "DROP TABLE mentoring_programme_events; DROP TABLE mentoring_programme_event_heads; " +
            "DELETE FROM mentoring_schema_version WHERE component = 'events';");
        await Database.ExecuteAsync(StorageEngine.PostgreSql, connection,
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Fixtures", "events-v1.postgresql.sql")));
        await Database.ExecuteAsync(StorageEngine.PostgreSql, connection, $"""
            INSERT INTO mentoring_programme_events (service_id, programme_id, sequence, event_id, type, subject, occurred_at, data)
            VALUES ('svc', '{Programme}', 1, 'e-1', 'participant.created', 'programmes/{Programme}/participants/ada', now(), '{"{}"}'),
                   ('svc', '{Programme}', 2, 'e-2', 'participant.created', 'programmes/{Programme}/participants/bob', now(), '{"{}"}'),
                   ('svc', '{Programme}', 3, 'e-3', 'participant.updated', 'programmes/{Programme}/participants/ada', now(), '{"{}"}');
            INSERT INTO mentoring_programme_event_heads (service_id, programme_id, last_sequence) VALUES ('svc', '{Programme}', 3);
            """);
        Assert.Equal(1, (await Database.SchemaVersionsAsync(StorageEngine.PostgreSql, connection))["events"]);

        await SchemaInstaller.ApplyAsync(StorageEngine.PostgreSql, connection, SchemaComponents.Persistence, default);

        Assert.Equal(2, (await Database.SchemaVersionsAsync(StorageEngine.PostgreSql, connection))["events"]);
        var table = ProgrammeEventTables.For(StorageEngine.PostgreSql, connection, "svc");
        await using var disposal = (IAsyncDisposable)table;
        var kept = await table.ReadAsync(Programme, 0, 10, default);
        Assert.Equal([("e-1", 1L), ("e-2", 2L), ("e-3", 3L)], kept.Events.Select(e => (e.EventId, e.Sequence)));
        Assert.Equal(3, kept.Head);

        // An id the old log holds is still skipped; new ones follow the head.
        Assert.Equal(2, await table.AppendAsync([Draft("e-2"), Draft("e-4"), Draft("e-5")], default));
        var next = await table.ReadAsync(Programme, 3, 10, default);
        Assert.Equal([("e-4", 4L), ("e-5", 5L)], next.Events.Select(e => (e.EventId, e.Sequence)));

        // Running the script again by hand (as docs/STORAGE.md shows) changes nothing.
        await Database.ExecuteAsync(StorageEngine.PostgreSql, connection,
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "silo", "Mentoring.Storage", "Sql", "PostgreSql", "Events.sql")));
        Assert.Equal(5, (await table.ReadAsync(Programme, 0, 10, default)).Events.Count);
    }

    private static EventDraft Draft(string id) =>
        new(Programme, id, "participant.updated", $"programmes/{Programme}/participants/{id}", DateTimeOffset.UnixEpoch, "{}");
}
