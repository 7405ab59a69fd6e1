using Mentoring.Grains.Lanes;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>Occupies every worker of a lane until disposed, so that round work queued behind it cannot start.</summary>
public sealed class LaneHold : IAsyncDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Task<int>[] _pieces;

    private LaneHold(BackgroundLane lane, Action onStarted)
    {
        _pieces = [.. Enumerable.Range(0, lane.Workers).Select(_ => lane.RunAsync(_ =>
        {
            onStarted();
            _release.Wait();
            return 0;
        }, CancellationToken.None))];
    }

    public static async Task<LaneHold> TakeAsync(BackgroundLane lane)
    {
        var started = 0;
        var hold = new LaneHold(lane, () => Interlocked.Increment(ref started));
        await Eventually.UntilAsync(() => Volatile.Read(ref started) == lane.Workers, TimeSpan.FromSeconds(30), "every lane worker to be held");
        return hold;
    }

    public async ValueTask DisposeAsync()
    {
        _release.Set();
        await Task.WhenAll(_pieces);
        _release.Dispose();
    }
}
