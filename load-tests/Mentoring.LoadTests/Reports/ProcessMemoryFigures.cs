namespace Mentoring.LoadTests.Reports;

/// <summary>A process's peak resident memory (kernel VmHWM) and its resident size at the first and last sample.</summary>
public sealed record ProcessMemoryFigures(string Name, int Pid, double PeakRssMb, double FirstRssMb, double LastRssMb, int Samples);
