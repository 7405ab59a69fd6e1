namespace Mentoring.LoadTests.Reports;

/// <summary>A call's latencies next to a baseline measured in the same run, and their ratios (measured / baseline).</summary>
public sealed record LatencyComparison(string Operation, OperationFigures Measured, OperationFigures Baseline, string BaselineDescription)
{
    public LatencyRatios? Ratios =>
        Measured.Latency is { } m && Baseline.Latency is { } b
            ? new(Ratio(m.P50Ms, b.P50Ms), Ratio(m.P90Ms, b.P90Ms), Ratio(m.P99Ms, b.P99Ms), Ratio(m.P999Ms, b.P999Ms), Ratio(m.MaxMs, b.MaxMs))
            : null;

    internal static double Ratio(double measured, double baseline) => baseline > 0 ? Math.Round(measured / baseline, 2) : 0;
}

public sealed record LatencyRatios(double P50, double P90, double P99, double P999, double Max);
