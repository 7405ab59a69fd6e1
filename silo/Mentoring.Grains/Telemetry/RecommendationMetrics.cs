using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Abstractions.Telemetry;

namespace Mentoring.Grains.Telemetry;

/// <summary>Recommendation instruments of the <c>Mentoring</c> meter: how long one RecommendMentors takes on its silo.</summary>
public sealed class RecommendationMetrics
{
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly Histogram<double> _duration;

    public RecommendationMetrics(IMeterFactory meters) =>
        _duration = meters.Create(MentoringInstrumentation.Name).CreateHistogram(
            "mentoring.recommendations.duration", "s", "Time to answer one recommendation request on its silo (the fan-out to the membership shards included).",
            tags: null, advice: Seconds);

    /// <summary>Records the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Record(long startTimestamp, bool found) =>
        _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("found", found));
}
