using System.Text;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.Cli.Tests;

/// <summary>`participants import` with files as HR exports them, against a real gateway.</summary>
[Collection(CliServerCollection.Name)]
public sealed class ParticipantImportFormatTests(CliServerFixture server)
{
    private static readonly string[] Header = ["id", "role", "display_name", "languages", "time_zone", "availability", "skills_offered", "skills_wanted", "capacity"];

    [Fact]
    public async Task A_German_Excel_csv_with_semicolons_a_byte_order_mark_and_a_trailing_blank_row_imports_every_row()
    {
        var programme = await CreateProgrammeAsync("cli-semicolon");
        var path = Path.Combine(server.WorkDirectory, "semikolon.csv");
        var text = string.Join("\r\n",
            string.Join(';', Header),
            "ada;mentor;Ada Jürgens;\"en;de\";Europe/Berlin;MONDAY 08:00-12:00;kotlin:5;;2",
            "bo;mentee;Bo Ødegård;de;Europe/Berlin;MONDAY 09:00-11:00;;kotlin:3;",
            ";;;;;;;;") + "\r\n";
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var import = await CliRun.AgainstAsync(server, "participants", "import", path, "-p", programme);

        Assert.True(import.ExitCode == ExitCodes.Success, import.ToString());
        Assert.Contains("2 rows", import.Out, StringComparison.Ordinal);
        Assert.Contains("2 created", import.Out, StringComparison.Ordinal);
        Assert.Contains("0 rejected", import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_and_a_language_name_is_rejected_by_the_server_with_its_row_and_a_hint()
    {
        var programme = await CreateProgrammeAsync("cli-xlsx");
        var path = Path.Combine(server.WorkDirectory, "people.xlsx");
        using (var stream = File.Create(path))
        {
            TableFile.Write(stream, TableFormat.Xlsx, Header,
            [
                ["ada", "mentor", "Ada", "en", "Europe/London", "MONDAY 08:00-12:00", "kotlin:5", "", "2"],
                ["bo", "mentee", "Bo", "English;German", "Europe/Berlin", "MONDAY 09:00-11:00", "", "kotlin:3", ""],
            ]);
        }

        var import = await CliRun.AgainstAsync(server, "participants", "import", path, "-p", programme);

        Assert.True(import.ExitCode == ExitCodes.RowsRejected, import.ToString());
        Assert.Contains("1 created", import.Out, StringComparison.Ordinal);
        Assert.Contains("line 3 (bo): participant.languages[0]:", import.Out, StringComparison.Ordinal);
        Assert.Contains("use a language code such as \"en\"", import.Out, StringComparison.Ordinal);
        var errors = File.ReadAllLines(Path.Combine(server.WorkDirectory, "people.errors.csv"));
        Assert.Equal(3, errors.Length);
        Assert.All(errors.Skip(1), e => Assert.StartsWith("3,bo,InvalidArgument,participant.languages[", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_without_a_role_column_is_refused_in_one_line_before_any_row_is_sent()
    {
        var programme = await CreateProgrammeAsync("cli-no-role");
        var path = Path.Combine(server.WorkDirectory, "no-role.csv");
        await File.WriteAllTextAsync(path, "id;display_name\r\nada;Ada\r\nbo;Bo\r\ncy;Cy\r\n");

        var import = await CliRun.AgainstAsync(server, "participants", "import", path, "-p", programme);

        Assert.Equal(ExitCodes.Failed, import.ExitCode);
        var message = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the header has no \"role\" column", message, StringComparison.Ordinal);
        using var channel = server.Gateway.CreateChannel();
        var listed = await new ParticipantService.ParticipantServiceClient(channel).ListParticipantsAsync(new ListParticipantsRequest { Parent = $"programmes/{programme}" });
        Assert.Empty(listed.Participants);
    }

    private async Task<string> CreateProgrammeAsync(string programme)
    {
        var create = await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy);
        Assert.True(create.ExitCode == ExitCodes.Success, create.ToString());
        return programme;
    }
}
