namespace Mentoring.Tabular;

/// <summary>The table file formats read and written: comma, semicolon or tab separated text, and Excel workbooks.</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}
