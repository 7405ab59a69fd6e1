using Mentoring.Storage.Events;
using Mentoring.Testing;
using Npgsql;

namespace Mentoring.Storage.Tests.Events;

public sealed class PostgresProgrammeEventTableTests(PostgresFixture postgres) : ProgrammeEventTableTests, IClassFixture<PostgresFixture>
{
    protected override StorageEngine Engine => StorageEngine.PostgreSql;

    protected override string ConnectionString => postgres.ConnectionString;

    [Fact]
    public async Task An_event_committed_after_later_ones_were_read_is_numbered_after_them_and_never_appears_before_a_cursor()
    {
        var programme = $"p-{Guid.NewGuid():N}";
        var table = ProgrammeEventTables.For(Engine, ConnectionString, "svc");
        await using var disposal = (IAsyncDisposable)table;

        // A writer stores its event first (the lower position) but commits last.
        await using var slow = new NpgsqlConnection(ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO mentoring_programme_events (service_id, programme_id, event_id, type, subject, occurred_at, data) " +
            "VALUES ('svc', @p, @p || ':slow', 'participant.updated', 'programmes/' || @p || '/participants/slow', now(), '{}')", slow, transaction))
        {
            insert.Parameters.AddWithValue("p", programme);
            await insert.ExecuteNonQueryAsync();
        }

        await table.AppendAsync([Draft(programme, "a"), Draft(programme, "b")], default);
        var before = await table.ReadAsync(programme, 0, 10, default);
        await transaction.CommitAsync();
        var after = await table.ReadAsync(programme, before.Head, 10, default);

        Assert.Equal([("a", 1L), ("b", 2L)], before.Events.Select(e => (e.EventId.Split(':')[1], e.Sequence)));
        Assert.Equal([("slow", 3L)], after.Events.Select(e => (e.EventId.Split(':')[1], e.Sequence)));
        Assert.Equal(3, after.Head);
    }

    private static EventDraft Draft(string programme, string name) =>
        new(programme, $"{programme}:{name}", "participant.updated", $"programmes/{programme}/participants/{name}", DateTimeOffset.UnixEpoch, "{}");
}
