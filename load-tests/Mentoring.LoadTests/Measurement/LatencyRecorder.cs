using System.Collections.Concurrent;
using HdrHistogram;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Measurement;

/// <summary>
/// Latencies of one kind of call in microseconds (HdrHistogram, 3 significant digits, up to 10 minutes) and its
/// failures by gRPC status code. Optionally also per time window, for soak runs.
/// </summary>
/// <param name="keepSamples">Also keeps every call's due time and outcome, to be cut by a timeline afterwards (<see cref="Samples"/>).</param>
public sealed class LatencyRecorder(string name, TimeSpan? window = null, bool keepSamples = false)
{
    private const long MaxMicroseconds = 600_000_000;
    private readonly LongConcurrentHistogram _histogram = NewHistogram();
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, LatencyRecorder> _windows = new();
    private readonly ConcurrentQueue<LatencySample>? _samples = keepSamples ? new() : null;
    private long _succeeded;

    public string Name { get; } = name;

    public long Succeeded => Interlocked.Read(ref _succeeded);

    public long Failed => _errors.Values.Sum();

    /// <param name="offset">When the call was due, from the start of the run; selects the window.</param>
    public void RecordSuccess(long microseconds, TimeSpan offset = default)
    {
        _histogram.RecordValue(Math.Clamp(microseconds, 1, MaxMicroseconds));
        Interlocked.Increment(ref _succeeded);
        WindowAt(offset)?.RecordSuccess(microseconds);
        _samples?.Enqueue(new LatencySample(offset, microseconds, null));
    }

    public void RecordError(string statusCode, TimeSpan offset = default)
    {
        _errors.AddOrUpdate(statusCode, 1, (_, count) => count + 1);
        WindowAt(offset)?.RecordError(statusCode);
        _samples?.Enqueue(new LatencySample(offset, 0, statusCode));
    }

    /// <summary>Every call so far, when the recorder keeps samples; otherwise empty.</summary>
    public IReadOnlyList<LatencySample> Samples => _samples?.ToArray() ?? [];

    /// <summary>Counts items that failed inside a call that itself succeeded, such as rejected import items.</summary>
    public void RecordErrors(string statusCode, long count) => _errors.AddOrUpdate(statusCode, count, (_, existing) => existing + count);

    public OperationFigures Summarise(TimeSpan elapsed, long? requests = null) => new(
        Name,
        requests ?? Succeeded + Failed,
        Succeeded,
        new SortedDictionary<string, long>(_errors, StringComparer.Ordinal),
        elapsed.TotalSeconds,
        elapsed > TimeSpan.Zero ? Succeeded / elapsed.TotalSeconds : 0,
        Succeeded > 0 ? LatencyFigures.From(_histogram) : null);

    /// <summary>Per-window figures in window order; empty unless the recorder was created with a window.</summary>
    public IReadOnlyList<(int Index, OperationFigures Figures)> Windows() =>
        window is { } length
            ? [.. _windows.OrderBy(w => w.Key).Select(w => (w.Key, w.Value.Summarise(length)))]
            : [];

    private LatencyRecorder? WindowAt(TimeSpan offset) =>
        window is { } length ? _windows.GetOrAdd((int)(offset / length), _ => new LatencyRecorder(Name)) : null;

    private static LongConcurrentHistogram NewHistogram() => new(1, MaxMicroseconds, 3);
}
