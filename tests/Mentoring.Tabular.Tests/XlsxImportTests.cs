using Mentoring.Contracts.V1;

namespace Mentoring.Tabular.Tests;

/// <summary>Excel workbooks read like CSV: the first worksheet, the header row, the same checks, errors by worksheet row.</summary>
public sealed class XlsxImportTests
{
    private const string Parent = "programmes/demo";

    [Fact]
    public void A_workbook_imports_with_worksheet_row_numbers_numbers_as_numbers_and_trailing_blank_rows_skipped()
    {
        using var stream = ExcelFiles.Workbook(
            (1, ["id", "role", "display_name", "seniority_years", "languages"]),
            (2, ["ada", "mentor", "Ada Lovelace", 12, "en;de"]),
            (4, ["bo", "mentee", null, 2]),
            (5, [null, null, null, null, null]),
            (6, ["", "", ""]));

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Xlsx, Parent);

        Assert.Empty(headerErrors);
        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        Assert.Equal(12, rows[0].Request!.Participant.SeniorityYears);
        Assert.Equal(["en", "de"], rows[0].Request!.Participant.Languages);
        Assert.Equal(ParticipantRole.Mentee, rows[1].Request!.Participant.Role);
        Assert.Equal("", rows[1].Request!.Participant.DisplayName);
    }

    [Fact]
    public void A_workbook_without_a_role_column_is_one_header_error()
    {
        using var stream = ExcelFiles.Workbook((1, ["id", "display_name"]), (2, ["ada", "Ada"]), (3, ["bo", "Bo"]));

        var (headerErrors, _) = ParticipantFile.ReadAll(stream, TableFormat.Xlsx, Parent);

        Assert.Equal("role", Assert.Single(headerErrors).Column);
    }

    [Fact]
    public void A_duplicate_id_in_a_workbook_names_both_rows()
    {
        using var stream = ExcelFiles.Workbook((1, ["id", "role"]), (2, ["ada", "mentor"]), (3, ["ada", "mentee"]));

        var (_, rows) = ParticipantFile.ReadAll(stream, TableFormat.Xlsx, Parent);

        Assert.NotNull(rows[0].Request);
        Assert.Contains("line 2 and line 3", Assert.Single(rows[1].Errors).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_cells_in_a_workbook_are_violations_of_their_field()
    {
        using var stream = ExcelFiles.Workbook((1, ["id", "role", "capacity"]), (2, ["x", "boss", "two"]));

        var (_, rows) = ParticipantFile.ReadAll(stream, TableFormat.Xlsx, Parent);

        var row = Assert.Single(rows);
        Assert.Null(row.Request);
        Assert.Equal(["participant.role", "participant.capacity"], row.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_header_error()
    {
        using var stream = ExcelFiles.Utf8("id,role\nada,mentor\n");

        var (headerErrors, rows) = ParticipantFile.ReadAll(stream, TableFormat.Xlsx, Parent);

        Assert.Equal("file", Assert.Single(headerErrors).Column);
        Assert.Empty(rows);
    }
}
