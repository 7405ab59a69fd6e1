namespace Mentoring.Tabular;

/// <summary>Chooses the format of a table file by its name and reads or writes its records in that format.</summary>
public static class TableFile
{
    /// <summary>.xlsx is a workbook; anything else is read as separated text.</summary>
    public static TableFormat FormatOf(string fileName) =>
        Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? TableFormat.Xlsx : TableFormat.Csv;

    /// <summary>Every record, the header first, blank records included; the stream is read as the records are.</summary>
    public static IEnumerable<TableRecord> Read(Stream stream, TableFormat format) =>
        format == TableFormat.Xlsx ? XlsxTable.Read(stream) : CsvTable.Read(stream);

    /// <summary>Writes the header and rows; CSV is comma separated UTF-8 without a byte order mark, lines ending in CRLF (RFC 4180).</summary>
    public static void Write(Stream stream, TableFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (format == TableFormat.Xlsx)
        {
            XlsxTable.Write(stream, header, rows);
            return;
        }

        // With a byte order mark: Excel opens a CSV without one in the system's legacy code page and garbles "Jürgen".
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        CsvTable.Write(writer, header, rows);
    }
}
