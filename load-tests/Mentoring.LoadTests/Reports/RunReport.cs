namespace Mentoring.LoadTests.Reports;

/// <summary>Everything one run measured; written as JSON and Markdown by <see cref="ReportWriter"/>.</summary>
public sealed class RunReport
{
    public required string Scenario { get; init; }
    public required string Command { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public DateTimeOffset FinishedUtc { get; set; }
    public required string Topology { get; set; }
    public required string Target { get; set; }
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    public required MachineFigures Machine { get; set; }
    public List<ProgrammeFigures> Programmes { get; } = [];
    public List<LatencyComparison> Latencies { get; } = [];
    public List<TimingComparison> Timings { get; } = [];
    public List<ProcessMemoryFigures> Processes { get; } = [];
    public List<TargetCheck> Targets { get; } = [];
    public List<TrafficWindow> Windows { get; } = [];
    public List<DeliveryFigures> Deliveries { get; } = [];
    public List<string> Notes { get; } = [];

    /// <summary>Why the scenario stopped before its end, if it did; the figures gathered until then are still reported.</summary>
    public string? Failure { get; set; }
}
