namespace Mentoring.Cli.Export;

/// <summary>Writes RFC 4180 records, quoting only the fields that need it.</summary>
public static class CsvWriter
{
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields) =>
        writer.Write(string.Join(',', fields.Select(Escape)) + "\r\n");

    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
