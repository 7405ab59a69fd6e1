namespace Mentoring.Tabular;

/// <summary>What an import did: rows read, outcome counts, and every error with its line.</summary>
public sealed record ImportSummary(int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<RowError> Errors, TimeSpan Elapsed);
