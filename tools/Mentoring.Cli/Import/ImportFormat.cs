namespace Mentoring.Cli.Import;

/// <summary>The formats `participants import` reads.</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
    JsonLines,
}
