namespace Mentoring.Tabular;

/// <summary>One record of a table file and the 1-based line (CSV) or row number (XLSX) where it starts.</summary>
public sealed record TableRecord(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>True when every cell is empty or white space, as Excel's trailing rows are.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
