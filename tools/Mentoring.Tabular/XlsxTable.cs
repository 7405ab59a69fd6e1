using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentoring.Tabular;

/// <summary>
/// Excel workbooks through the Open XML SDK: the first worksheet is the table, each record numbered by its worksheet row,
/// missing cells read as empty; strings are written inline, so no shared string table is needed.
/// </summary>
public static class XlsxTable
{
    public static IEnumerable<TableRecord> Read(Stream stream)
    {
        using var document = Open(stream);
        var workbook = document.WorkbookPart ?? throw new TableFormatException("The workbook has no worksheet.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new TableFormatException("The workbook has no worksheet.");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var row in worksheet.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, strings));
            }

            yield return new TableRecord((int)(row.RowIndex?.Value ?? 0), cells);
        }
    }

    /// <summary>One worksheet named "Sheet1": the header in row 1, then one row per record, every cell an inline string.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 1;
        data.Append(NewRow(number, header));
        foreach (var row in rows)
        {
            data.Append(NewRow(++number, row));
        }

        worksheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Sheet1" }));
    }

    private static SpreadsheetDocument Open(Stream stream)
    {
        try
        {
            return SpreadsheetDocument.Open(Seekable(stream), isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TableFormatException("The file is not an Excel workbook (.xlsx).", e);
        }
    }

    /// <summary>A workbook is a zip archive, read from its end; an upload stream is copied first.</summary>
    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string Text(Cell cell, string[] strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < strings.Length ? strings[index] : "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? "true" : "false";
        }

        return value;
    }

    /// <summary>"C7" → 2: the letters of a cell reference as a 0-based column.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static Row NewRow(uint number, IReadOnlyList<string> cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    /// <summary>2 → "C", 26 → "AA".</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
