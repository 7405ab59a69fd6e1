using nietras.SeparatedValues;

namespace Mentoring.Tabular;

/// <summary>
/// Separated text through Sep: the separator is detected from the header (comma, semicolon or tab), quoted fields may
/// hold separators, quotes and line breaks, and a UTF-8 byte order mark is dropped; see <see cref="TextEncodings"/>.
/// </summary>
public static class CsvTable
{
    public static readonly IReadOnlyList<char> Separators = [',', ';', '\t'];

    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Reads UTF-8 (with or without a byte order mark), or Windows-1252 when the text is not UTF-8.</summary>
    public static IEnumerable<TableRecord> Read(Stream stream)
    {
        var (text, encoding) = TextEncodings.Detect(stream);
        return Read(new StreamReader(text, encoding, detectEncodingFromByteOrderMarks: true));
    }

    /// <summary>Reads every record and disposes the reader at the end.</summary>
    public static IEnumerable<TableRecord> Read(TextReader text)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        var separator = reader.Spec.Sep.Separator;
        if (!Separators.Contains(separator))
        {
            throw new TableFormatException($"The columns look separated by '{separator}': separate them with a comma, a semicolon or a tab.");
        }

        var first = true;
        foreach (var row in reader)
        {
            var cells = row[0..row.ColCount].ToStringsArray();
            if (first && cells.Length > 0 && cells[0].Length > 0 && cells[0][0] == ByteOrderMark)
            {
                cells[0] = cells[0][1..];
            }

            first = false;
            yield return new TableRecord(row.LineNumberFrom, cells);
        }
    }

    /// <summary>Writes comma separated records, quoting only the cells that need it; lines end with the writer's NewLine, a short row with empty cells.</summary>
    public static void Write(TextWriter text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = Sep.New(',').Writer(o => o with { WriteHeader = false, Escape = true, DisableColCountCheck = true, ColNotSetOption = SepColNotSetOption.Empty }).To(text, leaveOpen: true);
        WriteRow(writer, header);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(SepWriter writer, IReadOnlyList<string> cells)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < cells.Count; i++)
        {
            row[i].Set(cells[i]);
        }
    }
}
