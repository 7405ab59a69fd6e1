using System.Collections.Concurrent;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Standard offsets by IANA id, looked up once per process: the system lookup costs microseconds per call.</summary>
internal static class OffsetCache
{
    private static readonly ConcurrentDictionary<string, TimeSpan> Offsets = new(StringComparer.Ordinal);

    /// <summary>The zone's standard offset, or zero for an unknown zone (validation rejects those earlier).</summary>
    public static TimeSpan Of(string ianaId) =>
        Offsets.GetOrAdd(ianaId ?? "", static id => TimeZones.TryGetStandardOffset(id, out var offset) ? offset : TimeSpan.Zero);
}
