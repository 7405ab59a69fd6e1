namespace Mentoring.LoadTests.Reports;

/// <summary>A target stated in an issue, the figure this run measured for it, and whether it was met.</summary>
public sealed record TargetCheck(string Target, string Measured, bool Met);
