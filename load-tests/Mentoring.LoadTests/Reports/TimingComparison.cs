namespace Mentoring.LoadTests.Reports;

/// <summary>A duration (an import, a round) next to the same work done by a baseline in the same run.</summary>
public sealed record TimingComparison(string Name, double Seconds, string BaselineDescription, double BaselineSeconds, string Detail)
{
    public double Ratio => LatencyComparison.Ratio(Seconds, BaselineSeconds);
}
