namespace Mentoring.Reports;

/// <summary>One bar: its label, its length and the text printed next to it (so the chart reads without colour).</summary>
public sealed record ChartBar(string Label, double Value, string ValueText);
