using System.Text.Json;
using Mentoring.Storage.Events;
using Mentoring.Storage.Participants;
using Mentoring.Storage.Tests.Participants;

namespace Mentoring.Storage.Tests.Events;

/// <summary>The event log's contract on each engine: gap-free sequences in commit order, idempotent appends, events only with the changes they describe.</summary>
public abstract class ProgrammeEventTableTests : IAsyncLifetime
{
    // Each test has its programme: a PostgreSQL class shares one database.
    private readonly string Programme = $"p-{Guid.NewGuid():N}";
    private IProgrammeEventTable _events = null!;
    private IParticipantTable _participants = null!;

    protected abstract StorageEngine Engine { get; }

    protected abstract string ConnectionString { get; }

    public async Task InitializeAsync()
    {
        await SchemaInstaller.ApplyAsync(Engine, ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        _events = ProgrammeEventTables.For(Engine, ConnectionString, "svc");
        _participants = ParticipantTables.For(Engine, ConnectionString, "svc");
    }

    public async Task DisposeAsync()
    {
        foreach (var table in new object[] { _events, _participants })
        {
            if (table is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Appends_number_each_programme_from_one_in_the_order_given()
    {
        var other = Programme + "-other";
        Assert.Equal(3, await _events.AppendAsync([Draft("a"), Draft("b", other), Draft("c")], default));
        Assert.Equal(1, await _events.AppendAsync([Draft("d")], default));

        var page = await _events.ReadAsync(Programme, 0, 10, default);

        Assert.Equal(["a", "c", "d"], page.Events.Select(e => e.EventId.Split(':')[1]));
        Assert.Equal([1L, 2, 3], page.Events.Select(e => e.Sequence));
        Assert.Equal(3, page.Head);
        Assert.Equal([1L], (await _events.ReadAsync(other, 0, 10, default)).Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task An_event_id_already_stored_is_skipped_and_takes_no_sequence()
    {
        await _events.AppendAsync([Draft("a"), Draft("b")], default);

        Assert.Equal(1, await _events.AppendAsync([Draft("b"), Draft("c"), Draft("c")], default));

        var page = await _events.ReadAsync(Programme, 0, 10, default);
        Assert.Equal(["a", "b", "c"], page.Events.Select(e => e.EventId.Split(':')[1]));
        Assert.Equal([1L, 2, 3], page.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_read_after_a_cursor_answers_the_later_events_a_page_at_a_time_with_the_head()
    {
        await _events.AppendAsync([.. Enumerable.Range(0, 7).Select(i => Draft($"e{i}"))], default);

        var page = await _events.ReadAsync(Programme, 2, 3, default);

        Assert.Equal([3L, 4, 5], page.Events.Select(e => e.Sequence));
        Assert.Equal(7, page.Head);
        var stored = page.Events[0];
        Assert.Equal((Programme, "participant.updated", $"programmes/{Programme}/participants/e2"), (stored.ProgrammeId, stored.Type, stored.Subject));
        Assert.Equal(Time, stored.OccurredAt);
        Assert.Equal("e2", JsonDocument.Parse(stored.Data).RootElement.GetProperty("participant_id").GetString());
        Assert.Empty((await _events.ReadAsync(Programme, 7, 3, default)).Events);
        Assert.Equal(0, (await _events.ReadAsync(Programme + "-none", 0, 3, default)).Head);
    }

    [Fact]
    public async Task Concurrent_appends_are_each_stored_once_with_gap_free_sequences()
    {
        var appends = Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            _events.AppendAsync([Draft($"x{i}"), Draft($"y{i}"), Draft($"x{i}")], default)));
        var retries = Enumerable.Range(0, 40).Select(i => Task.Run(() => _events.AppendAsync([Draft($"y{i}")], default)));

        await Task.WhenAll(appends.Concat(retries));

        var events = (await _events.ReadAsync(Programme, 0, 1000, default)).Events;
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(80, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public async Task Readers_reading_while_writers_append_each_see_a_gap_free_prefix_that_only_grows()
    {
        var writing = Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => _events.AppendAsync([Draft($"w{i}a"), Draft($"w{i}b")], default))));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var seen = new List<string>();
            while (true)
            {
                var done = writing.IsCompleted;
                var events = (await _events.ReadAsync(Programme, 0, 1000, default)).Events;
                Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));

                // What a reader saw before keeps its numbers: nothing appears before it later.
                Assert.Equal(seen, events.Take(seen.Count).Select(e => e.EventId));
                seen = [.. events.Select(e => e.EventId)];
                if (done)
                {
                    return seen;
                }
            }
        })).ToArray();

        await writing;
        var views = await Task.WhenAll(readers);

        Assert.All(views, view => Assert.Equal(80, view.Count));
        Assert.All(views, view => Assert.Equal(views[0], view));
    }

    [Fact]
    public async Task A_participant_change_that_is_made_commits_its_event_and_a_refused_one_has_none()
    {
        Assert.Equal(new[] { true }, await _participants.ApplyAsync([Change("ada", 0, "created")], default));
        Assert.Equal(new[] { false }, await _participants.ApplyAsync([Change("ada", 0, "created-again")], default));
        Assert.Equal(new[] { false, true }, await _participants.ApplyAsync([Change("ada", 7, "stale"), Change("bob", 0, "bob")], default));

        var events = (await _events.ReadAsync(Programme, 0, 10, default)).Events;

        Assert.Equal(["created", "bob"], events.Select(e => e.EventId.Split(':')[1]));
        Assert.Equal([1L, 2], events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task When_the_event_cannot_be_stored_the_participant_change_is_not_made_either()
    {
        await _participants.ApplyAsync([Change("ada", 0, "created")], default);
        await ExecuteAsync("ALTER TABLE mentoring_programme_events RENAME TO mentoring_programme_events_away");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => _participants.ApplyAsync([Change("ada", 1, "updated"), Change("bob", 0, "bob")], default));
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE mentoring_programme_events_away RENAME TO mentoring_programme_events");
        }

        Assert.Equal(1, (await _participants.ReadAsync(Programme, "ada", default))!.Version);
        Assert.Null(await _participants.ReadAsync(Programme, "bob", default));
        Assert.Equal(1, (await _events.ReadAsync(Programme, 0, 10, default)).Head);
    }

    [Fact]
    public async Task Events_of_many_concurrent_participant_writes_are_each_present_once_with_gap_free_sequences()
    {
        await using var batcher = new ParticipantWriteBatcher(_participants, maxBatchSize: 64, writers: 4);
        const int People = 60;
        const int Writes = 5;

        // Each participant's writes go one after another (as its grain makes them); the participants write at once.
        await Task.WhenAll(Enumerable.Range(0, People).Select(p => Task.Run(async () =>
        {
            for (var version = 0; version < Writes; version++)
            {
                Assert.True(await batcher.ApplyAsync(Change($"p{p}", version, $"p{p}v{version}"), default));
            }
        })));

        var events = (await _events.ReadAsync(Programme, 0, 1000, default)).Events;
        Assert.Equal(Enumerable.Range(1, People * Writes).Select(i => (long)i), events.Select(e => e.Sequence));
        var expected = Enumerable.Range(0, People).SelectMany(p => Enumerable.Range(0, Writes).Select(v => $"p{p}v{v}")).Order();
        Assert.Equal(expected, events.Select(e => e.EventId.Split(':')[1]).Order());
        foreach (var person in Enumerable.Range(0, People))
        {
            // Per participant, the log holds the writes in the order they were made.
            Assert.Equal(Enumerable.Range(0, Writes).Select(v => $"p{person}v{v}"),
                events.Where(e => e.Subject.EndsWith($"/p{person}", StringComparison.Ordinal)).Select(e => e.EventId.Split(':')[1]));
        }
    }

    [Fact]
    public async Task Redaction_rewrites_the_participant_to_the_pseudonym_in_subjects_and_data_and_nowhere_else()
    {
        await _events.AppendAsync(
        [
            Draft("ada"),
            new EventDraft(Programme, "id:match", "match.proposed", $"programmes/{Programme}/rounds/r1/matches/ada", Time,
                """{"mentee_id":"ada","mentor_id":"adam","match":"programmes/x/rounds/r1/matches/ada"}"""),
            Draft("adam"),
        ], default);

        await _events.RedactAsync(Programme, "ada", "erased-1234", default);

        var events = (await _events.ReadAsync(Programme, 0, 10, default)).Events;
        Assert.DoesNotContain(events, e => e.Subject.Split('/').Contains("ada") || e.Data.Contains("\"ada\"", StringComparison.Ordinal) || e.Data.Contains("/ada\"", StringComparison.Ordinal));
        Assert.Equal($"programmes/{Programme}/participants/erased-1234", events[0].Subject);
        Assert.Equal($"programmes/{Programme}/rounds/r1/matches/erased-1234", events[1].Subject);
        var data = JsonDocument.Parse(events[1].Data).RootElement;
        Assert.Equal(("erased-1234", "adam", "programmes/x/rounds/r1/matches/erased-1234"),
            (data.GetProperty("mentee_id").GetString(), data.GetProperty("mentor_id").GetString(), data.GetProperty("match").GetString()));
        Assert.Equal($"programmes/{Programme}/participants/adam", events[2].Subject);
        Assert.Equal([1L, 2, 3], events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_purge_removes_the_programmes_log_and_no_other()
    {
        await _events.AppendAsync([Draft("a"), Draft("b"), Draft("c", Programme + "-kept")], default);

        await _events.PurgeAsync(Programme, default);

        var page = await _events.ReadAsync(Programme, 0, 10, default);
        Assert.Equal((0, 0L), (page.Events.Count, page.Head));
        Assert.Single((await _events.ReadAsync(Programme + "-kept", 0, 10, default)).Events);
    }

    private static readonly DateTimeOffset Time = new(2026, 12, 3, 9, 30, 15, 123, TimeSpan.Zero);

    private EventDraft Draft(string name, string? programme = null) =>
        new(programme ?? Programme, $"{programme ?? Programme}:{name}", "participant.updated", $"programmes/{programme ?? Programme}/participants/{name}", Time,
            $$"""{"participant_id":"{{name}}"}""");

    private ParticipantRowChange Change(string participant, long expectedVersion, string eventName) =>
        new(Programme, participant, 1, expectedVersion, [1, 2, 3])
        {
            Event = new EventDraft(Programme, $"{Programme}:{eventName}", "participant.updated", $"programmes/{Programme}/participants/{participant}", Time, "{}"),
        };

    private Task<int> ExecuteAsync(string sql) => Database.ExecuteAsync(Engine, ConnectionString, sql);
}
