namespace Mentoring.LoadTests.Reports;

/// <summary>One window of a soak: the calls due in it and every process's resident memory at its end.</summary>
public sealed record SoakWindow(int Index, double FromSecond, double ToSecond, IReadOnlyList<OperationFigures> Operations, IReadOnlyDictionary<string, double> RssMb);
