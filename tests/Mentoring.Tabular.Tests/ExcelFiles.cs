using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentoring.Tabular.Tests;

/// <summary>Files in the shapes Excel saves them: CSV with its regional separator, byte order mark and CRLF; workbooks with shared strings.</summary>
public static class ExcelFiles
{
    /// <summary>"CSV UTF-8" as German Excel saves it: ';' between cells, a BOM, CRLF, and a trailing row of empty cells.</summary>
    public static MemoryStream GermanCsv(params string[] lines)
    {
        var text = string.Join("\r\n", lines) + "\r\n";
        return new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
    }

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A workbook like Excel's own: text in the shared string table, numbers as numbers, empty cells left out, and
    /// rows written at the worksheet row numbers given (so gaps are possible).
    /// </summary>
    public static MemoryStream Workbook(params (uint Row, object?[] Cells)[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = number };
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i] is { } value)
                    {
                        row.Append(Cell($"{(char)('A' + i)}{number}", value, strings.SharedStringTable));
                    }
                }

                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Teilnehmende" }));
        }

        stream.Position = 0;
        return stream;
    }

    private static Cell Cell(string reference, object value, SharedStringTable strings)
    {
        if (value is int number)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        strings.Append(new SharedStringItem(new Text((string)value)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count() - 1) };
    }
}
