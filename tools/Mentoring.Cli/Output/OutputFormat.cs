namespace Mentoring.Cli.Output;

/// <summary>Human output (tables, charts, progress bars) or one JSON document on stdout for scripts.</summary>
public enum OutputFormat
{
    Human,
    Json,
}
