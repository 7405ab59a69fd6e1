using System.Collections.Concurrent;
using Mentoring.Grains.Lanes;
using Mentoring.Testing;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>The lane's bound, asserted on the order of events: pieces are held on gates the test opens one at a time.</summary>
public sealed class BackgroundLaneTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_lane_never_runs_more_pieces_at_once_than_its_workers_and_starts_them_in_order()
    {
        const int pieces = 6;
        using var lane = Lane(workers: 2);
        var gates = Enumerable.Range(0, pieces).Select(_ => new ManualResetEventSlim()).ToArray();
        var started = new ConcurrentQueue<int>();
        var running = 0;
        var most = 0;
        var work = Enumerable.Range(0, pieces).Select(i => lane.RunAsync(_ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            started.Enqueue(i);
            gates[i].Wait();
            Interlocked.Decrement(ref running);
            return i;
        }, CancellationToken.None)).ToArray();

        // Open the gates in order; before each, the lane has started exactly as many pieces as it has workers free for.
        for (var i = 0; i < pieces; i++)
        {
            var expected = Math.Min(i + 2, pieces);
            await Eventually.UntilAsync(() => started.Count >= expected, Timeout, $"{expected} pieces to start");
            Assert.Equal(expected, started.Count);
            Assert.Equal(pieces - expected, lane.Queued);
            gates[i].Set();
            await work[i];
        }

        Assert.Equal(Enumerable.Range(0, pieces), await Task.WhenAll(work));
        // The first two start together; from then on each piece takes the one worker a finished piece frees.
        Assert.Equal([0, 1], started.Take(2).Order());
        Assert.Equal(Enumerable.Range(2, pieces - 2), started.Skip(2));
        Assert.Equal(2, most);
    }

    [Fact]
    public async Task A_parallel_loop_inside_lane_work_runs_only_on_the_lanes_threads()
    {
        using var lane = Lane(workers: 2);
        var threads = new ConcurrentDictionary<string, bool>();
        var running = 0;
        var most = 0;

        var iterations = await lane.RunAsync(_ =>
        {
            var count = 0;
            // As the matching library's loops do (LoopOptions): the current scheduler, named explicitly.
            Parallel.For(0, 256, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, _ =>
            {
                InterlockedMax(ref most, Interlocked.Increment(ref running));
                threads[Thread.CurrentThread.Name ?? "unnamed"] = lane.IsLaneThread;
                Interlocked.Increment(ref count);
                Interlocked.Decrement(ref running);
            });
            return count;
        }, CancellationToken.None);

        Assert.Equal(256, iterations);
        Assert.All(threads, t => Assert.True(t.Value, $"Thread '{t.Key}' ran a piece of lane work outside the lane."));
        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public async Task A_caller_continues_off_the_lane()
    {
        using var lane = Lane(workers: 1);

        var onLane = await ContinuesOnLaneAsync(lane);

        Assert.False(onLane, "A caller's continuation ran on a lane thread.");
    }

    [Fact]
    public async Task Lane_threads_run_below_the_priority_of_the_rest_of_the_process()
    {
        using var lane = Lane(workers: 1);
        var callerNice = LaneThreadPriority.CurrentNice();

        var (priority, nice) = await lane.RunAsync(_ => (Thread.CurrentThread.Priority, LaneThreadPriority.CurrentNice()), CancellationToken.None);

        Assert.Equal(ThreadPriority.BelowNormal, priority);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(Math.Min(19, callerNice + LaneThreadPriority.NiceSteps(ThreadPriority.BelowNormal)), nice);
        }
    }

    [Fact]
    public void Unset_workers_leave_one_core_to_interactive_calls()
    {
        var options = new BackgroundLaneOptions();

        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), options.EffectiveWorkers);
        Assert.Equal(ThreadPriority.BelowNormal, options.Priority);
        Assert.Throws<InvalidOperationException>(() => new BackgroundLaneOptions { Workers = 0 }.Validate());
    }

    // Without a context to return to, a continuation runs where the awaited task completed unless the lane forbids it.
    private static async Task<bool> ContinuesOnLaneAsync(BackgroundLane lane)
    {
        await lane.RunAsync(_ => 0, CancellationToken.None).ConfigureAwait(false);
        return lane.IsLaneThread;
    }

    private static BackgroundLane Lane(int workers) => new(Options.Create(new BackgroundLaneOptions { Workers = workers }));

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
