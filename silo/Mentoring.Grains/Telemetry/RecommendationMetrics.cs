using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Telemetry;

namespace Mentoring.Grains.Telemetry;

/// <summary>
/// Recommendation instruments of the <c>Mentoring</c> meter: how long one RecommendMentors takes on its silo, and what
/// the per-silo cache's rebuilds cost (mentors encoded, rows read again because they changed).
/// </summary>
public sealed class RecommendationMetrics
{
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _encoded;
    private readonly Counter<long> _decoded;

    public RecommendationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MentoringInstrumentation.Name);
        _duration = meter.CreateHistogram(
            "mentoring.recommendations.duration", "s", "Time to answer one recommendation request on its silo (a cache rebuild it waited for included).",
            tags: null, advice: Seconds);
        _encoded = meter.CreateCounter<long>(
            "mentoring.recommendations.cache.encoded", "{participant}", "Participants encoded by rebuilds of the recommendation cache: the mentors, or every peer of a peer programme.");
        _decoded = meter.CreateCounter<long>(
            "mentoring.recommendations.cache.decoded", "{row}", "Rows read and decoded again by rebuilds of the recommendation cache, because they changed.");
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Record(long startTimestamp, bool found) =>
        _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("found", found));

    /// <summary>One rebuild of the cache: <paramref name="encoded"/> participants encoded, <paramref name="decoded"/> of their rows read again.</summary>
    public void RecordRebuild(int encoded, int decoded)
    {
        _encoded.Add(encoded);
        _decoded.Add(decoded);
    }
}
