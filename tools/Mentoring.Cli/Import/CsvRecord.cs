namespace Mentoring.Cli.Import;

/// <summary>One CSV record and the 1-based line of the file where it starts.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
