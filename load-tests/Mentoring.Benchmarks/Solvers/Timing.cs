using System.Diagnostics;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Wall-clock timing for the scale runs: one warm-up (JIT, OR-Tools native load), then the fastest and median of the repeats.</summary>
internal static class Timing
{
    public static (T Result, double MinSeconds, double MedianSeconds) Measure<T>(Func<T> action, int repeats)
    {
        var result = action();
        var seconds = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            result = action();
            seconds[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(seconds);
        return (result, seconds[0], seconds[repeats / 2]);
    }
}
