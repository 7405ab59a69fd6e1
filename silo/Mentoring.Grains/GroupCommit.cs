namespace Mentoring.Grains;

/// <summary>
/// Coalesces the writes of a reentrant grain: every change made while a write is in flight
/// is persisted by the next single write, and each caller returns once its own change is durable.
/// </summary>
internal sealed class GroupCommit(Func<Task> write)
{
    private long _changed;
    private long _persisted;
    private Task? _inFlight;

    /// <summary>Call right after mutating state in memory; completes when that mutation is stored.</summary>
    public async Task PersistAsync()
    {
        var mine = ++_changed;
        while (_persisted < mine)
        {
            if (_inFlight is { } running)
            {
                // Someone else's write may not include our change, or may fail; either way loop and check.
                await running.ContinueWith(static _ => { }, TaskScheduler.Current);
                continue;
            }

            var own = WriteOnceAsync();
            _inFlight = own;
            try
            {
                await own;
            }
            finally
            {
                if (ReferenceEquals(_inFlight, own))
                {
                    _inFlight = null;
                }
            }
        }
    }

    private async Task WriteOnceAsync()
    {
        var upTo = _changed;
        await write();
        _persisted = Math.Max(_persisted, upTo);
    }
}
