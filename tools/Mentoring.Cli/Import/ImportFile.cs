namespace Mentoring.Cli.Import;

/// <summary>Opens an import file as rows: CSV by default, JSON lines for .jsonl/.ndjson or when asked.</summary>
public static class ImportFile
{
    public static bool IsJsonLines(string path, string? format) =>
        format?.ToLowerInvariant() switch
        {
            "jsonl" or "json" or "ndjson" => true,
            "csv" => false,
            null => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson",
            _ => throw new CliUsageException($"Unknown format \"{format}\": use csv or jsonl."),
        };

    /// <summary>Streams the rows; reading the file again is cheap, so counting and importing are two passes.</summary>
    public static IEnumerable<ImportRow> Rows(string path, bool jsonLines, string parent)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"The file {path} does not exist.");
        }

        using var reader = new StreamReader(path);
        if (jsonLines)
        {
            foreach (var row in ParticipantJsonLines.Read(reader, parent))
            {
                yield return row;
            }

            yield break;
        }

        using var records = CsvReader.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            yield break;
        }

        var columns = ParticipantCsv.MapHeader(records.Current.Fields);
        while (records.MoveNext())
        {
            yield return ParticipantCsv.ToRow(records.Current, columns, parent);
        }
    }
}
