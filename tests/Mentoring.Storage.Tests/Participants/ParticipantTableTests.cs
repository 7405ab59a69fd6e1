using Mentoring.Storage.Participants;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>The participants table's contract, on each engine: versioned writes, keyset listing in ordinal order, roles.</summary>
public abstract class ParticipantTableTests : IAsyncLifetime
{
    // Each test has its programme: a PostgreSQL class shares one database.
    private readonly string Programme = $"p-{Guid.NewGuid():N}";
    private IParticipantTable _table = null!;

    protected abstract StorageEngine Engine { get; }

    protected abstract string ConnectionString { get; }

    public async Task InitializeAsync()
    {
        await SchemaInstaller.ApplyAsync(Engine, ConnectionString, SchemaComponents.Persistence, CancellationToken.None);
        _table = ParticipantTables.For(Engine, ConnectionString, "svc");
    }

    public async Task DisposeAsync()
    {
        if (_table is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_write_is_made_only_at_the_version_it_expects()
    {
        Assert.Equal(new[] { true }, await _table.ApplyAsync([Insert("ada", 1)], default));
        Assert.Equal(new[] { false }, await _table.ApplyAsync([Insert("ada", 2)], default));
        Assert.Equal(new[] { false }, await _table.ApplyAsync([new ParticipantRowChange(Programme, "ada", 2, 7, [9])], default));
        Assert.Equal(new[] { true }, await _table.ApplyAsync([new ParticipantRowChange(Programme, "ada", 2, 1, [2, 2])], default));

        var row = await _table.ReadAsync(Programme, "ada", default);
        Assert.Equal((short)2, row!.Role);
        Assert.Equal(2, row.Version);
        Assert.Equal([2, 2], row.Payload);
    }

    [Fact]
    public async Task Many_rows_are_read_in_one_statement_in_the_order_asked_with_gaps_for_missing_ones()
    {
        await _table.ApplyAsync([Insert("a", 1), Insert("b", 2), new ParticipantRowChange(Programme + "-2", "a", 3, 0, [3])], default);

        var rows = await _table.ReadManyAsync([(Programme, "b"), (Programme, "ghost"), (Programme + "-2", "a"), (Programme, "a")], default);

        Assert.Equal(["b", null, "a", "a"], rows.Select(r => r?.ParticipantId));
        Assert.Equal(new short?[] { 2, null, 3, 1 }, rows.Select(r => r?.Role));
        Assert.Equal(Programme + "-2", rows[2]!.ProgrammeId);
    }

    [Fact]
    public async Task An_update_of_a_row_that_is_gone_is_refused_and_creates_nothing()
    {
        Assert.Equal(new[] { false }, await _table.ApplyAsync([new ParticipantRowChange(Programme, "ghost", 1, 3, [1])], default));
        Assert.Null(await _table.ReadAsync(Programme, "ghost", default));
    }

    [Fact]
    public async Task A_delete_needs_the_current_version()
    {
        await _table.ApplyAsync([Insert("ada", 1)], default);

        Assert.Equal(new[] { false }, await _table.ApplyAsync([new ParticipantRowChange(Programme, "ada", null, 5, null)], default));
        Assert.NotNull(await _table.ReadAsync(Programme, "ada", default));
        Assert.Equal(new[] { true }, await _table.ApplyAsync([new ParticipantRowChange(Programme, "ada", null, 1, null)], default));
        Assert.Null(await _table.ReadAsync(Programme, "ada", default));
    }

    [Fact]
    public async Task One_batch_answers_each_change_on_its_own()
    {
        await _table.ApplyAsync([Insert("a", 1), Insert("b", 1), Insert("d", 1)], default);

        var made = await _table.ApplyAsync(
        [
            Insert("c", 1),
            Insert("a", 1),
            new ParticipantRowChange(Programme, "b", 3, 1, [3]),
            new ParticipantRowChange(Programme, "d", null, 9, null),
            new ParticipantRowChange(Programme + "-2", "a", 1, 0, [4]),
        ], default);

        Assert.Equal([true, false, true, false, true], made);
        Assert.Equal(["a", "b", "c", "d"], (await _table.ListAsync(Programme, null, 10, null, default)).Select(r => r.ParticipantId));
        Assert.Equal(["a"], (await _table.ListAsync(Programme + "-2", null, 10, null, default)).Select(r => r.ParticipantId));
    }

    [Fact]
    public async Task Listing_is_keyset_paged_in_ordinal_order_with_an_optional_role()
    {
        string[] ids = ["b", "B", "a-1", "a.1", "a_1", "a1", "Z9", "z", "0x", "9", "a", "aB"];
        await _table.ApplyAsync([.. ids.Select((id, i) => Insert(id, (short)(i % 3 + 1)))], default);
        var all = new List<string>();
        string? after = null;
        while (await _table.ListAsync(Programme, after, 5, null, default) is { Count: > 0 } page)
        {
            all.AddRange(page.Select(r => r.ParticipantId));
            after = page[^1].ParticipantId;
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), all);
        var mentors = await _table.ListAsync(Programme, null, 100, 1, default);
        Assert.Equal(ids.Where((_, i) => i % 3 == 0).Order(StringComparer.Ordinal), mentors.Select(r => r.ParticipantId));
        Assert.All(mentors, r => Assert.Equal((short)1, r.Role));
    }

    [Fact]
    public async Task A_row_without_a_role_is_stored_but_neither_listed_nor_scanned_nor_counted()
    {
        await _table.ApplyAsync([new ParticipantRowChange(Programme, "erasing", null, 0, [1])], default);

        Assert.Empty(await _table.ListAsync(Programme, null, 10, null, default));
        Assert.False(await _table.AnyAsync(Programme, default));
        await foreach (var _ in _table.ScanAsync(Programme, default))
        {
            Assert.Fail("A row without a role was scanned.");
        }

        Assert.Equal(["erasing"], await _table.ListIdsAsync(Programme, null, 10, default));
        await _table.ApplyAsync([Insert("ada", 2)], default);
        Assert.True(await _table.AnyAsync(Programme, default));
    }

    [Fact]
    public async Task A_scan_streams_every_row_of_the_programme_in_id_order()
    {
        var ids = Enumerable.Range(0, 1500).Select(i => $"m{i:x}").ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            await _table.ApplyAsync([.. chunk.Select(id => Insert(id, 2))], default);
        }

        await _table.ApplyAsync([new ParticipantRowChange(Programme + "-other", "x", 1, 0, [1])], default);
        var scanned = new List<string>();
        await foreach (var row in _table.ScanAsync(Programme, default))
        {
            scanned.Add(row.ParticipantId);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), scanned);
    }

    [Fact]
    public async Task Versions_list_every_row_with_a_role_in_id_order_with_its_current_version()
    {
        await _table.ApplyAsync([Insert("b", 2), Insert("a", 1), Insert("c", 2), new ParticipantRowChange(Programme, "erasing", null, 0, [1])], default);
        await _table.ApplyAsync([new ParticipantRowChange(Programme, "b", 2, 1, [9])], default);
        await _table.ApplyAsync([new ParticipantRowChange(Programme + "-other", "a", 1, 0, [1])], default);

        Assert.Equal(
            [new ParticipantVersion("a", 1), new ParticipantVersion("b", 2), new ParticipantVersion("c", 1)],
            await _table.ListVersionsAsync(Programme, default));
    }

    [Fact]
    public async Task Rows_of_another_service_are_invisible()
    {
        var other = ParticipantTables.For(Engine, ConnectionString, "other-svc");
        await other.ApplyAsync([Insert("ada", 1)], default);

        Assert.Null(await _table.ReadAsync(Programme, "ada", default));
        Assert.Equal(new[] { true }, await _table.ApplyAsync([Insert("ada", 2)], default));
        Assert.Equal((short)1, (await other.ReadAsync(Programme, "ada", default))!.Role);
        if (other is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private ParticipantRowChange Insert(string id, short role) => new(Programme, id, role, 0, [(byte)role]);
}
