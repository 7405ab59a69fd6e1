using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mentoring.LoadTests.Processes;

/// <summary>
/// Samples the resident memory of every process of a run once a second and keeps each one's peak. The peak is the
/// kernel's own high-water mark (VmHWM), so nothing between two samples is missed.
/// </summary>
public sealed class MemoryProbe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _processes = new();
    private readonly ConcurrentDictionary<string, ProcessMemoryTrack> _tracks = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _sampling;

    public MemoryProbe(TimeSpan interval)
    {
        _sampling = SampleAsync(interval, _stop.Token);
    }

    public void Track(string name, int pid)
    {
        _processes[name] = pid;
        Sample(name, pid);
    }

    /// <summary>Takes a last sample of every process; call it before the processes stop.</summary>
    public IReadOnlyList<ProcessMemoryTrack> Snapshot()
    {
        foreach (var (name, pid) in _processes)
        {
            Sample(name, pid);
        }

        return [.. _tracks.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The current resident size of each process, for per-window reports.</summary>
    public IReadOnlyDictionary<string, long> CurrentRss() =>
        _tracks.ToDictionary(t => t.Key, t => t.Value.LastRssBytes);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(ct))
        {
            foreach (var (name, pid) in _processes)
            {
                Sample(name, pid);
            }
        }
    }

    private void Sample(string name, int pid)
    {
        if (ProcessMemory.Read(pid) is not { } memory)
        {
            return;
        }

        var track = _tracks.GetOrAdd(name, n => new ProcessMemoryTrack(n, pid));
        track.Add(_clock.Elapsed, memory.RssBytes, memory.PeakRssBytes);
    }
}
