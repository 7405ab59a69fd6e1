namespace Mentoring.Tabular.Tests;

/// <summary>What the tables write reads back unchanged, in both formats.</summary>
public sealed class TableWriteTests
{
    private static readonly string[] Header = ["id", "name", "reason"];

    private static readonly IReadOnlyList<string>[] Rows =
    [
        ["ada", "Lovelace, \"Ada\"", "line one\nline two"],
        ["bo", " padded ", ""],
        ["cy", "Çelik; Cy", "no shared language"],
    ];

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Xlsx)]
    public void Written_tables_read_back_cell_for_cell(TableFormat format)
    {
        using var stream = new MemoryStream();
        TableFile.Write(stream, format, Header, Rows);
        stream.Position = 0;

        var records = TableFile.Read(stream, format).ToList();

        Assert.Equal(Header, records[0].Cells);
        Assert.Equal(Rows.Select(r => r.ToList()), records.Skip(1).Select(r => r.Cells.ToList()));
    }

    [Fact]
    public void A_csv_file_is_comma_separated_UTF_8_with_a_byte_order_mark_CRLF_and_quotes_only_the_cells_that_need_it()
    {
        using var stream = new MemoryStream();

        TableFile.Write(stream, TableFormat.Csv, ["a", "b"], [["Jürgen", "with, comma"], ["short"]]);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\nJürgen,\"with, comma\"\r\nshort,\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_template_reads_back_into_a_row_without_errors_in_both_formats()
    {
        foreach (var format in new[] { TableFormat.Csv, TableFormat.Xlsx })
        {
            using var stream = new MemoryStream();
            TableFile.Write(stream, format, ParticipantColumns.Header, [ParticipantColumns.Example]);
            stream.Position = 0;

            var (headerErrors, rows) = ParticipantFile.ReadAll(stream, format, "programmes/demo");

            Assert.Empty(headerErrors);
            Assert.Empty(Assert.Single(rows).Errors);
        }
    }
}
