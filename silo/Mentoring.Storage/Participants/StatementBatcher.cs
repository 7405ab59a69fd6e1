using System.Threading.Channels;

namespace Mentoring.Storage.Participants;

/// <summary>
/// Runs requests that arrive together as one statement: while a batch is in flight, new requests queue, and the next
/// batch takes all of them (up to a maximum). Each caller's task ends with its own result once its batch ended. Two
/// requests with one key never share a batch; the later one waits for the next.
/// </summary>
internal sealed class StatementBatcher<TRequest, TResult> : IAsyncDisposable
    where TRequest : notnull
{
    private readonly Func<IReadOnlyList<TRequest>, Task<TResult[]>> _execute;
    private readonly Func<TRequest, (string, string)> _key;
    private readonly Action<int> _recordSize;
    private readonly int _maxBatchSize;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly Task[] _loops;

    public StatementBatcher(
        Func<IReadOnlyList<TRequest>, Task<TResult[]>> execute, Func<TRequest, (string, string)> key, Action<int> recordSize, int maxBatchSize, int concurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _execute = execute;
        _key = key;
        _recordSize = recordSize;
        _maxBatchSize = maxBatchSize;
        _loops = [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(LoopAsync))];
    }

    public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(request, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(StatementBatcher<TRequest, TResult>), "The participant store is shutting down.");
        }

        return pending.Outcome.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_loops);
    }

    private async Task LoopAsync()
    {
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
                await RunBatchAsync(batch);
            }
        }
    }

    private void Take(Pending pending, List<Pending> batch, HashSet<(string, string)> keys, List<Pending> next)
    {
        if (pending.CancellationToken.IsCancellationRequested)
        {
            pending.Outcome.TrySetCanceled(pending.CancellationToken);
        }
        else if (keys.Add(_key(pending.Request)))
        {
            batch.Add(pending);
        }
        else
        {
            next.Add(pending);
        }
    }

    private async Task RunBatchAsync(List<Pending> batch)
    {
        try
        {
            // Once taken, a request runs or fails with its batch: a caller's cancellation no longer applies.
            var results = await _execute([.. batch.Select(p => p.Request)]);
            _recordSize(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(results[i]);
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

    private sealed record Pending(TRequest Request, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<TResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
