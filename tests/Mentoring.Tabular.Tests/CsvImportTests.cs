using Mentoring.Contracts.V1;

namespace Mentoring.Tabular.Tests;

/// <summary>CSV files as spreadsheets export them read into import rows, with header problems reported once and row problems by line.</summary>
public sealed class CsvImportTests
{
    private const string Parent = "programmes/demo";

    [Fact]
    public void A_German_Excel_export_with_semicolons_a_byte_order_mark_CRLF_and_a_trailing_blank_row_imports()
    {
        using var stream = ExcelFiles.GermanCsv(
            "id;role;display_name;languages;seniority_years",
            "ada;mentor;\"Lovelace; Ada\";\"en;de\";12",
            "bo;mentee;Bo Jürgensen;de;2",
            ";;;;");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Empty(headerErrors);
        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var ada = rows[0].Request!;
        Assert.Equal(("ada", Parent), (ada.ParticipantId, ada.Parent));
        Assert.Equal(ParticipantRole.Mentor, ada.Participant.Role);
        Assert.Equal("Lovelace; Ada", ada.Participant.DisplayName);
        Assert.Equal(["en", "de"], ada.Participant.Languages);
        Assert.Equal(12, ada.Participant.SeniorityYears);
        Assert.Equal("Bo Jürgensen", rows[1].Request!.Participant.DisplayName);
    }

    [Fact]
    public void A_plain_German_Excel_csv_in_the_Windows_code_page_keeps_its_umlauts()
    {
        var text = "id;role;display_name\r\nbo;mentee;Bo Jürgensen-Weiß\r\ncy;mentor;Çelik € Ltd\r\n;;\r\n";
        using var stream = new MemoryStream(TextEncodings.WindowsWestern.GetBytes(text));

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Empty(headerErrors);
        Assert.Equal(["Bo Jürgensen-Weiß", "Çelik € Ltd"], rows.Select(r => r.Request!.Participant.DisplayName));
    }

    [Fact]
    public void An_empty_file_has_no_rows_and_no_errors()
    {
        using var stream = ExcelFiles.Utf8("");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Empty(headerErrors);
        Assert.Empty(rows);
    }

    [Fact]
    public void A_tab_separated_file_imports()
    {
        using var stream = ExcelFiles.Utf8("id\trole\tdisplay_name\nada\tmentor\tAda, Countess\n");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Empty(headerErrors);
        Assert.Equal("Ada, Countess", Assert.Single(rows).Request!.Participant.DisplayName);
    }

    [Fact]
    public void A_missing_role_column_is_one_header_error_not_one_per_row()
    {
        using var stream = ExcelFiles.GermanCsv("id;display_name", "ada;Ada", "bo;Bo", "cy;Cy");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        var error = Assert.Single(headerErrors);
        Assert.Equal("role", error.Column);
        Assert.Contains("no \"role\" column", error.Description, StringComparison.Ordinal);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_duplicate_id_is_refused_naming_both_lines_and_the_first_row_is_still_sent()
    {
        using var stream = ExcelFiles.GermanCsv("id;role", "ada;mentor", "bo;mentee", "ada;mentee", ";");

        var (_, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.NotNull(rows[0].Request);
        Assert.NotNull(rows[1].Request);
        Assert.Null(rows[2].Request);
        var violation = Assert.Single(rows[2].Errors);
        Assert.Equal("participant_id", violation.Field);
        Assert.Contains("line 2 and line 4", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_count_from_the_file_when_a_quoted_cell_holds_a_line_break()
    {
        using var stream = ExcelFiles.Utf8("id,role,display_name\r\nada,mentor,\"Lovelace, \"\"Ada\"\"\r\nCountess\"\r\nbo,mentee,Bo\r\n");

        var (_, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal("Lovelace, \"Ada\"\r\nCountess", rows[0].Request!.Participant.DisplayName);
    }

    [Fact]
    public void An_unknown_column_is_a_header_error_naming_it()
    {
        using var stream = ExcelFiles.Utf8("id,role,shoe_size\nada,mentor,44\n");

        var (headerErrors, _) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        var error = Assert.Single(headerErrors);
        Assert.Equal("shoe_size", error.Column);
        Assert.Equal("unknown column \"shoe_size\"", error.Description);
    }

    [Fact]
    public void A_header_separated_by_spaces_is_an_unknown_column_with_a_hint_about_the_separator()
    {
        using var stream = ExcelFiles.Utf8("id role display_name\nada mentor Ada\n");

        var (headerErrors, _) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        var error = Assert.Single(headerErrors);
        Assert.StartsWith("unknown column \"id role display_name\"", error.Description, StringComparison.Ordinal);
        Assert.Contains("the header looks separated by spaces", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_separated_by_bars_is_refused_with_the_separators_that_work()
    {
        using var stream = ExcelFiles.Utf8("id|role|display_name\nada|mentor|Ada\n");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        var error = Assert.Single(headerErrors);
        Assert.Equal("file", error.Column);
        Assert.Contains("'|'", error.Description, StringComparison.Ordinal);
        Assert.Contains("a comma, a semicolon or a tab", error.Description, StringComparison.Ordinal);
        Assert.Empty(rows);
    }

    [Fact]
    public void A_row_wider_than_the_header_is_refused_and_a_short_one_too()
    {
        using var stream = ExcelFiles.Utf8("id,role,display_name\nada,mentor,Ada,extra\nbo,mentee\n");

        var (_, rows) = ParticipantFile.ReadAll(stream, TableFormat.Csv, Parent);

        Assert.All(rows, r => Assert.Equal("row", Assert.Single(r.Errors).Field));
    }
}
