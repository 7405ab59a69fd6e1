namespace Mentoring.Tabular.Tests;

/// <summary>Uploads from a browser arrive as forward-only streams that refuse synchronous reads; both formats still read.</summary>
public sealed class UploadTests
{
    [Fact]
    public async Task A_csv_upload_reads_from_a_forward_only_async_stream()
    {
        using var file = ExcelFiles.GermanCsv("id;role", "ada;mentor", ";");
        using var upload = new UploadStream(file.ToArray());

        var (headerErrors, rows) = await ParticipantFile.ReadAllAsync(upload, TableFormat.Csv, "programmes/demo");

        Assert.Empty(headerErrors);
        Assert.Equal("ada", Assert.Single(rows).ParticipantId);
    }

    [Fact]
    public async Task An_xlsx_upload_reads_from_a_forward_only_async_stream()
    {
        using var file = ExcelFiles.Workbook((1, ["id", "role"]), (2, ["ada", "mentor"]));
        using var upload = new UploadStream(file.ToArray());

        var (headerErrors, rows) = await ParticipantFile.ReadAllAsync(upload, TableFormat.Xlsx, "programmes/demo");

        Assert.Empty(headerErrors);
        Assert.Equal(2, Assert.Single(rows).Line);
    }
}
