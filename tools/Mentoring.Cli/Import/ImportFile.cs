using Mentoring.Tabular;

namespace Mentoring.Cli.Import;

/// <summary>Opens an import file as rows: CSV (comma, semicolon or tab) by default, XLSX for .xlsx, JSON lines for .jsonl/.ndjson or when asked.</summary>
public static class ImportFile
{
    public static ImportFormat FormatOf(string path, string? format) =>
        format?.ToLowerInvariant() switch
        {
            "jsonl" or "json" or "ndjson" => ImportFormat.JsonLines,
            "csv" => ImportFormat.Csv,
            "xlsx" => ImportFormat.Xlsx,
            null => Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".jsonl" or ".ndjson" => ImportFormat.JsonLines,
                ".xlsx" => ImportFormat.Xlsx,
                _ => ImportFormat.Csv,
            },
            _ => throw new CliUsageException($"Unknown format \"{format}\": use csv, xlsx or jsonl."),
        };

    /// <summary>
    /// Streams the rows; reading the file again is cheap, so counting and importing are two passes. A header that
    /// cannot be used is a usage error naming every problem, before any row is sent.
    /// </summary>
    public static IEnumerable<ImportRow> Rows(string path, ImportFormat format, string parent)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"The file {path} does not exist.");
        }

        using var stream = File.OpenRead(path);
        if (format == ImportFormat.JsonLines)
        {
            using var reader = new StreamReader(stream);
            foreach (var row in ParticipantJsonLines.Read(reader, parent))
            {
                yield return row;
            }

            yield break;
        }

        using var file = ParticipantFile.Open(stream, format == ImportFormat.Xlsx ? TableFormat.Xlsx : TableFormat.Csv, parent);
        if (file.HeaderErrors.Count > 0)
        {
            throw new CliUsageException(
                $"{Path.GetFileName(path)} cannot be imported: {string.Join("; ", file.HeaderErrors.Select(e => e.Description))}. Run `mentoring participants template` for the columns.");
        }

        foreach (var row in file.Rows())
        {
            yield return row;
        }
    }
}
