namespace Mentoring.LoadTests.Reports;

/// <summary>One window of a run's traffic: the calls due in it and, where sampled (a soak), every process's resident memory at its end.</summary>
public sealed record TrafficWindow(int Index, double FromSecond, double ToSecond, IReadOnlyList<OperationFigures> Operations, IReadOnlyDictionary<string, double> RssMb);
