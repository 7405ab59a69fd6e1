using Grpc.Core;
using Mentoring.LoadTests.Measurement;
using Mentoring.Testing;

namespace Mentoring.LoadTests.Tests;

public sealed class OpenLoopTests
{
    [Fact]
    public async Task Sends_exactly_rate_times_duration_calls_and_stops_by_itself()
    {
        var calls = 0;
        var recorder = new LatencyRecorder("test");

        await OpenLoop.RunAsync(100, TimeSpan.FromSeconds(0.5), (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        }, recorder, CancellationToken.None);

        Assert.Equal(50, calls);
        Assert.Equal(50, recorder.Summarise(TimeSpan.FromSeconds(0.5)).Succeeded);
    }

    [Fact]
    public async Task Keeps_sending_on_schedule_while_earlier_calls_are_still_running()
    {
        var release = new TaskCompletionSource();
        var started = 0;
        var recorder = new LatencyRecorder("test");

        var run = OpenLoop.RunAsync(200, TimeSpan.FromSeconds(0.1), async (_, _) =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
        }, recorder, CancellationToken.None);
        await Eventually.UntilAsync(() => Volatile.Read(ref started) == 20, TimeSpan.FromSeconds(30), "all 20 calls to start", TimeSpan.FromMilliseconds(10));
        release.SetResult();
        await run;

        Assert.Equal(20, recorder.Succeeded);
    }

    [Fact]
    public async Task Counts_failures_by_grpc_status_code()
    {
        var recorder = new LatencyRecorder("test");

        await OpenLoop.RunAsync(100, TimeSpan.FromSeconds(0.1), (i, _) => i % 2 == 0
            ? Task.CompletedTask
            : Task.FromException(new RpcException(new Status(i % 3 == 0 ? StatusCode.Unavailable : StatusCode.DeadlineExceeded, "test"))),
            recorder, CancellationToken.None);
        var figures = recorder.Summarise(TimeSpan.FromSeconds(0.1));

        Assert.Equal(10, figures.Requests);
        Assert.Equal(5, figures.Succeeded);
        Assert.Equal(new Dictionary<string, long> { ["DeadlineExceeded"] = 3, ["Unavailable"] = 2 }, figures.ErrorsByStatus);
    }

    [Fact]
    public async Task Splits_calls_into_windows_by_when_they_were_due()
    {
        var recorder = new LatencyRecorder("test", TimeSpan.FromSeconds(0.1));

        await OpenLoop.RunAsync(100, TimeSpan.FromSeconds(0.3), (_, _) => Task.CompletedTask, recorder, CancellationToken.None);

        Assert.Equal([10L, 10L, 10L], recorder.Windows().Select(w => w.Figures.Succeeded));
    }
}
