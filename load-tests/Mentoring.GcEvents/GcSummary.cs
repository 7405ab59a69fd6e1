using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.Tracing;

namespace Mentoring.GcEvents;

/// <summary>
/// What the runtime's GC events of one process say: how many collections of each generation, why (a small-object
/// budget, or a large-object allocation), of which kind, how long the runtime stood still for them, and which types the
/// sampled allocations (one event per 100 KB) were of, small and large object heap apart.
/// </summary>
public sealed class GcSummary
{
    private readonly Dictionary<string, int> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Megabytes, int Samples)> _allocations = new(StringComparer.Ordinal);
    private double _pauseMilliseconds;
    private double? _suspendedAt;
    private double _firstEvent = double.NaN;
    private double _lastEvent;

    public static GcSummary Read(string path)
    {
        var summary = new GcSummary();
        using var source = new EventPipeEventSource(path);
        source.Clr.All += summary.Seen;
        source.Clr.GCStart += e => summary.Count($"gen{e.Depth} {e.Reason} {e.Type}");
        source.Clr.GCSuspendEEStart += e => summary._suspendedAt = e.TimeStampRelativeMSec;
        source.Clr.GCRestartEEStop += e => summary.Resumed(e.TimeStampRelativeMSec);
        source.Clr.GCAllocationTick += e => summary.Allocated($"{e.AllocationKind} {e.TypeName}", e.AllocationAmount64);
        source.Process();
        return summary;
    }

    public string Format(int rows)
    {
        var text = new StringBuilder();
        var seconds = double.IsNaN(_firstEvent) ? 0 : (_lastEvent - _firstEvent) / 1000;
        text.AppendLine(CultureInfo.InvariantCulture, $"{seconds:F1} s of events; the runtime suspended for GC {_pauseMilliseconds:F1} ms in all");
        text.AppendLine("collections (generation, reason, kind):");
        foreach (var (key, count) in _collections.OrderByDescending(c => c.Value))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{count,8}  {key}");
        }

        text.AppendLine("sampled allocations (heap, type):");
        foreach (var (key, (megabytes, samples)) in _allocations.OrderByDescending(a => a.Value.Megabytes).Take(rows))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{megabytes,8:F1} MB {samples,7} samples  {key}");
        }

        return text.ToString();
    }

    private void Seen(TraceEvent e)
    {
        if (double.IsNaN(_firstEvent))
        {
            _firstEvent = e.TimeStampRelativeMSec;
        }

        _lastEvent = e.TimeStampRelativeMSec;
    }

    private void Count(string key) => _collections[key] = _collections.GetValueOrDefault(key) + 1;

    private void Resumed(double at)
    {
        if (_suspendedAt is { } suspended)
        {
            _pauseMilliseconds += at - suspended;
            _suspendedAt = null;
        }
    }

    private void Allocated(string key, long bytes)
    {
        var (megabytes, samples) = _allocations.GetValueOrDefault(key);
        _allocations[key] = (megabytes + bytes / 1e6, samples + 1);
    }
}
