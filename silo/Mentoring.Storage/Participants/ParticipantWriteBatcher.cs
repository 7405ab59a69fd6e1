using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace Mentoring.Storage.Participants;

/// <summary>
/// Group commit: changes submitted at once by many participant grains are made together, in one statement and one
/// transaction per batch, while the previous batch is in flight. Each caller's task ends once its own change is
/// durable (or refused, or failed with the batch).
/// </summary>
public sealed class ParticipantWriteBatcher : IAsyncDisposable
{
    private static readonly Meter Meter = new("Mentoring.Storage");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "mentoring.participants.write_batch_size", "{change}", "Participant row changes made in one statement.");

    private readonly IParticipantTable _table;
    private readonly int _maxBatchSize;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Task[] _writers;

    public ParticipantWriteBatcher(IParticipantTable table, int maxBatchSize, int writers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        _table = table;
        _maxBatchSize = maxBatchSize;
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>Whether the change was made; false when the row was not at the expected version.</summary>
    public Task<bool> ApplyAsync(ParticipantRowChange change, CancellationToken cancellationToken)
    {
        var pending = new Pending(change, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(ParticipantWriteBatcher), "The participant store is shutting down.");
        }

        return pending.Outcome.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        // A second change to a row already in the batch (possible only with two activations) waits for the next one.
        var carried = new List<Pending>();
        while (carried.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            var batch = new List<Pending>(Math.Min(_maxBatchSize, 64));
            var keys = new HashSet<(string, string)>();
            var next = new List<Pending>();
            foreach (var pending in carried)
            {
                Take(pending, batch, keys, next);
            }

            while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                Take(pending, batch, keys, next);
            }

            carried = next;
            if (batch.Count > 0)
            {
                await WriteAsync(batch);
            }
        }
    }

    private static void Take(Pending pending, List<Pending> batch, HashSet<(string, string)> keys, List<Pending> next)
    {
        if (pending.CancellationToken.IsCancellationRequested)
        {
            pending.Outcome.TrySetCanceled(pending.CancellationToken);
        }
        else if (keys.Add((pending.Change.ProgrammeId, pending.Change.ParticipantId)))
        {
            batch.Add(pending);
        }
        else
        {
            next.Add(pending);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            // Once taken, a change is made or failed as a whole with its batch: a caller's cancellation no longer applies.
            var made = await _table.ApplyAsync([.. batch.Select(p => p.Change)], CancellationToken.None);
            BatchSize.Record(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(made[i]);
            }
        }
        catch (Exception exception)
        {
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(exception);
            }
        }
    }

    private sealed record Pending(ParticipantRowChange Change, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<bool> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
