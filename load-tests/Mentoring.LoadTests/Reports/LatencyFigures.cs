using HdrHistogram;

namespace Mentoring.LoadTests.Reports;

/// <summary>Percentiles of a latency histogram, in milliseconds.</summary>
public sealed record LatencyFigures(double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs, double MeanMs)
{
    public static LatencyFigures From(HistogramBase microseconds) => new(
        Ms(microseconds.GetValueAtPercentile(50)),
        Ms(microseconds.GetValueAtPercentile(90)),
        Ms(microseconds.GetValueAtPercentile(99)),
        Ms(microseconds.GetValueAtPercentile(99.9)),
        Ms(microseconds.GetMaxValue()),
        Math.Round(microseconds.GetMean() / 1000, 3));

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 3);
}
