using System.Collections.Concurrent;
using Mentoring.Storage.Participants;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>Group commit: concurrent changes share statements, and each caller is answered only for its own change once it is made.</summary>
public sealed class ParticipantWriteBatcherTests
{
    [Fact]
    public async Task Changes_submitted_while_a_batch_is_in_flight_go_together_in_the_next_one()
    {
        var table = new GatedTable();
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);

        var first = batcher.ApplyAsync(Change("first"), default);
        await table.Started.Reader.ReadAsync();
        var rest = Enumerable.Range(0, 100).Select(i => batcher.ApplyAsync(Change($"p{i}"), default)).ToList();

        Assert.False(first.IsCompleted, "A caller was answered before its batch was made.");
        Assert.All(rest, task => Assert.False(task.IsCompleted, "A caller was answered before its batch was made."));
        table.Release();
        Assert.True(await first);
        Assert.All(await Task.WhenAll(rest), Assert.True);
        Assert.Equal([1, 100], table.BatchSizes);
    }

    [Fact]
    public async Task A_batch_never_exceeds_the_maximum_size()
    {
        var table = new GatedTable();
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 16, writers: 1);

        var first = batcher.ApplyAsync(Change("first"), default);
        await table.Started.Reader.ReadAsync();
        var rest = Enumerable.Range(0, 40).Select(i => batcher.ApplyAsync(Change($"p{i}"), default)).ToList();
        table.Release();
        await first;
        await Task.WhenAll(rest);

        Assert.Equal([1, 16, 16, 8], table.BatchSizes);
    }

    [Fact]
    public async Task Each_caller_gets_the_outcome_of_its_own_change()
    {
        var table = new GatedTable { Refuse = id => id.EndsWith('7') };
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);
        table.Release();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => batcher.ApplyAsync(Change($"p{i}"), default)));

        Assert.Equal(Enumerable.Range(0, 30).Select(i => !$"p{i}".EndsWith('7')), outcomes);
    }

    [Fact]
    public async Task A_failed_batch_fails_every_caller_in_it_and_the_next_batch_still_runs()
    {
        var table = new GatedTable { Fail = true };
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);
        table.Release();

        await Assert.ThrowsAsync<InvalidOperationException>(() => batcher.ApplyAsync(Change("a"), default));
        table.Fail = false;
        Assert.True(await batcher.ApplyAsync(Change("b"), default));
    }

    [Fact]
    public async Task Two_changes_to_one_row_never_share_a_batch()
    {
        var table = new GatedTable();
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);

        var first = batcher.ApplyAsync(Change("first"), default);
        await table.Started.Reader.ReadAsync();
        var twice = new[] { batcher.ApplyAsync(Change("same"), default), batcher.ApplyAsync(Change("same"), default), batcher.ApplyAsync(Change("other"), default) };
        table.Release();
        await first;
        await Task.WhenAll(twice);

        Assert.Equal([1, 2, 1], table.BatchSizes);
    }

    [Fact]
    public async Task A_change_cancelled_before_its_batch_is_not_made()
    {
        var table = new GatedTable();
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);
        var first = batcher.ApplyAsync(Change("first"), default);
        await table.Started.Reader.ReadAsync();
        using var cancel = new CancellationTokenSource();

        var cancelled = batcher.ApplyAsync(Change("cancelled"), cancel.Token);
        await cancel.CancelAsync();
        var kept = batcher.ApplyAsync(Change("kept"), default);
        table.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(await kept);
        await first;
        Assert.DoesNotContain("cancelled", table.Made);
    }

    [Fact]
    public async Task Reads_asked_for_while_a_read_is_in_flight_go_together_and_each_caller_gets_its_row()
    {
        var table = new GatedTable();
        await using var batcher = new ParticipantWriteBatcher(table, maxBatchSize: 512, writers: 1);

        var first = batcher.ReadAsync("p", "first", default);
        await table.Started.Reader.ReadAsync();
        var rest = Enumerable.Range(0, 50).Select(i => batcher.ReadAsync("p", $"r{i}", default)).ToList();
        table.Release();

        Assert.Equal("first", (await first)!.ParticipantId);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"r{i}"), (await Task.WhenAll(rest)).Select(r => r!.ParticipantId));
        Assert.Equal([1, 50], table.BatchSizes);
    }

    private static ParticipantRowChange Change(string id) => new("p", id, 1, 0, [1]);

    /// <summary>A table whose batches wait until released, recording what each held.</summary>
    private sealed class GatedTable : IParticipantTable
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public System.Threading.Channels.Channel<int> Started { get; } = System.Threading.Channels.Channel.CreateUnbounded<int>();

        public ConcurrentQueue<int> BatchSizesQueue { get; } = new();

        public int[] BatchSizes => [.. BatchSizesQueue];

        public ConcurrentBag<string> Made { get; } = [];

        public Func<string, bool> Refuse { get; init; } = _ => false;

        public bool Fail { get; set; }

        public void Release() => _gate.TrySetResult();

        public async Task<bool[]> ApplyAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken)
        {
            Started.Writer.TryWrite(changes.Count);
            await _gate.Task;
            BatchSizesQueue.Enqueue(changes.Count);
            if (Fail)
            {
                throw new InvalidOperationException("injected");
            }

            foreach (var change in changes)
            {
                Made.Add(change.ParticipantId);
            }

            return [.. changes.Select(c => !Refuse(c.ParticipantId))];
        }

        public async Task<ParticipantRow?[]> ReadManyAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken)
        {
            Started.Writer.TryWrite(keys.Count);
            await _gate.Task;
            BatchSizesQueue.Enqueue(keys.Count);
            return [.. keys.Select(k => new ParticipantRow(k.ProgrammeId, k.ParticipantId, 1, 1, [1]))];
        }

        public Task<IReadOnlyList<ParticipantRow>> ListAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<ParticipantRow> ScanAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ParticipantVersion>> ListVersionsAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
