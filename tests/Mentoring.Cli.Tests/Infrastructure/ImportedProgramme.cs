using System.Text.Json.Nodes;

namespace Mentoring.Cli.Tests.Infrastructure;

/// <summary>A programme created, filled and matched through the tool itself, as an admin would set one up.</summary>
public static class ImportedProgramme
{
    /// <summary>Creates <paramref name="programme"/> and imports <see cref="ProgrammeFiles.ParticipantsCsv"/> into it (its bad rows are rejected).</summary>
    public static async Task<string> CreateAsync(CliServerFixture server, string programme, int mentors, int mentees)
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, programme)).FullName;
        var create = await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy);
        Assert.True(create.ExitCode == ExitCodes.Success, create.ToString());
        var (csv, _) = ProgrammeFiles.ParticipantsCsv(directory, mentors, mentees);
        var import = await CliRun.AgainstAsync(server, "participants", "import", csv, "-p", programme);
        Assert.True(import.ExitCode == ExitCodes.RowsRejected, import.ToString());
        return programme;
    }

    /// <summary>Runs a round of the programme to the end and returns its name.</summary>
    public static async Task<string> RunRoundAsync(CliServerFixture server, string programme)
    {
        var run = await CliRun.AgainstAsync(server, "rounds", "run", programme, "-o", "json");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        return (string)JsonNode.Parse(run.Out)!["round"]!["name"]!;
    }
}
