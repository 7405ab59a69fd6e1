using System.Diagnostics;
using Grpc.Core;

namespace Mentoring.LoadTests.Measurement;

/// <summary>
/// Sends calls on a fixed schedule, whatever the latency of earlier calls (open loop), for a fixed duration and
/// therefore a fixed request count. A call's latency counts from when it was due, not from when it left, so time
/// spent queueing behind slow calls, or behind a late client, shows in the percentiles instead of being omitted.
/// </summary>
public static class OpenLoop
{
    /// <returns>Wall time from the first due call until the last call completed.</returns>
    public static async Task<TimeSpan> RunAsync(double ratePerSecond, TimeSpan duration, Func<long, CancellationToken, Task> call,
        LatencyRecorder recorder, CancellationToken ct)
    {
        var total = (long)Math.Floor(ratePerSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        for (long i = 0; i < total && !ct.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds(i / ratePerSecond);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            inFlight.Add(TimeOneAsync(i, start + (long)(due.TotalSeconds * Stopwatch.Frequency), due, call, recorder, ct));
        }

        await Task.WhenAll(inFlight);
        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task TimeOneAsync(long index, long dueTimestamp, TimeSpan due, Func<long, CancellationToken, Task> call,
        LatencyRecorder recorder, CancellationToken ct)
    {
        try
        {
            await call(index, ct);
            recorder.RecordSuccess(Microseconds(Stopwatch.GetTimestamp() - dueTimestamp), due);
        }
        catch (RpcException exception)
        {
            recorder.RecordError(exception.StatusCode.ToString(), due);
        }
    }

    private static long Microseconds(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
}
