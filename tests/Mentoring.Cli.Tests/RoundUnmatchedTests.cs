using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Cli.Import;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring rounds unmatched`: the mentees a round left without a mentor, with the reasons the API gives.</summary>
[Collection(CliServerCollection.Name)]
public sealed class RoundUnmatchedTests(CliServerFixture server)
{
    [Fact]
    public async Task Unmatched_mentees_are_listed_and_exported_with_their_names_and_the_apis_reasons()
    {
        // One mentor with two places for five mentees leaves three unmatched.
        var programme = await ImportedProgramme.CreateAsync(server, "cli-unmatched", mentors: 1, mentees: 5);
        var round = await ImportedProgramme.RunRoundAsync(server, programme);
        using var channel = server.Gateway.CreateChannel();
        var fromApi = (await new RoundService.RoundServiceClient(channel).ListUnmatchedMenteesAsync(new ListUnmatchedMenteesRequest { Parent = round, PageSize = 1000 }))
            .UnmatchedMentees.ToDictionary(u => u.Mentee, u => u.Reason);
        Assert.Equal(3, fromApi.Count);

        var json = await CliRun.AgainstAsync(server, "rounds", "unmatched", round, "-o", "json");
        Assert.True(json.ExitCode == ExitCodes.Success, json.ToString());
        var listed = JsonNode.Parse(json.Out)!["unmatched_mentees"]!.AsArray().Select(u => ((string)u!["mentee"]!, (string)u!["reason"]!));
        Assert.Equal(fromApi.Select(u => (u.Key, u.Value)).Order(), listed.Order());

        var table = await CliRun.AgainstAsync(server, "rounds", "unmatched", CliNames.Id(round), "--programme", programme);
        Assert.True(table.ExitCode == ExitCodes.Success, table.ToString());
        foreach (var (mentee, reason) in fromApi)
        {
            var id = CliNames.Id(mentee);
            Assert.Contains(id, table.Out, StringComparison.Ordinal);
            Assert.Contains(DisplayName(id), table.Out, StringComparison.Ordinal);
            Assert.Contains(reason, table.Out, StringComparison.Ordinal);
        }

        var path = Path.Combine(server.WorkDirectory, programme, "unmatched.csv");
        var export = await CliRun.AgainstAsync(server, "rounds", "unmatched", round, "--file", path);
        Assert.True(export.ExitCode == ExitCodes.Success, export.ToString());
        List<TableRecord> rows;
        using (var reader = new StreamReader(path))
        {
            rows = CsvTable.Read(reader).ToList();
        }

        Assert.Equal(["mentee_id", "mentee_name", "reason"], rows[0].Cells);
        Assert.Equal(
            fromApi.Select(u => (CliNames.Id(u.Key), u.Value)).Order(),
            rows.Skip(1).Select(r => (r.Cells[0], r.Cells[2])).Order());
        Assert.All(rows.Skip(1), r => Assert.Equal(DisplayName(r.Cells[0]), r.Cells[1]));
    }

    /// <summary>The display name <see cref="ProgrammeFiles.ParticipantsCsv"/> gives a mentee.</summary>
    private static string DisplayName(string menteeId) => $"Mentee {int.Parse(menteeId["mentee-".Length..], CultureInfo.InvariantCulture)}";
}
