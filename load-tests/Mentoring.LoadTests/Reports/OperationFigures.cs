namespace Mentoring.LoadTests.Reports;

/// <summary>One kind of call over a run: how many, how many failed and why (gRPC status code), how fast, how long.</summary>
public sealed record OperationFigures(
    string Name,
    long Requests,
    long Succeeded,
    IReadOnlyDictionary<string, long> ErrorsByStatus,
    double Seconds,
    double ThroughputPerSecond,
    LatencyFigures? Latency);
