namespace Mentoring.Tabular;

/// <summary>A problem with one field of one input row, from the file's own parsing or from the server's validation.</summary>
public sealed record RowViolation(string Field, string Description);
