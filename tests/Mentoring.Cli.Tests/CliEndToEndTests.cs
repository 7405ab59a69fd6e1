using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Mentoring.Cli.Import;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;

namespace Mentoring.Cli.Tests;

/// <summary>An admin's whole session through the tool against a real gateway: policy, import with bad rows, round, export, report.</summary>
[Collection(CliServerCollection.Name)]
public sealed class CliEndToEndTests(CliServerFixture server)
{
    private const int Mentors = 4;
    private const int Mentees = 10;

    [Fact]
    public async Task Import_with_bad_rows_then_round_then_export_matches_what_the_api_holds()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "e2e")).FullName;
        const string programme = "cli-e2e";
        var create = await CliRun.AgainstAsync(server,
            "programmes", "create", programme, "--display-name", "CLI end to end", "--policy", ProgrammeFiles.PolicyYaml(directory), "--taxonomy", ProgrammeFiles.Taxonomy);
        Assert.True(create.ExitCode == ExitCodes.Success, create.ToString());

        // 1-2. Import: the valid rows land, the bad ones are reported by line, and the exit code says rows failed.
        var (csv, bad) = ProgrammeFiles.ParticipantsCsv(directory, Mentors, Mentees);
        var import = await CliRun.AgainstAsync(server, "participants", "import", csv, "--programme", programme);
        Assert.True(import.ExitCode == ExitCodes.RowsRejected, import.ToString());
        var errorFile = Path.Combine(directory, "participants.errors.csv");
        Assert.True(File.Exists(errorFile), import.ToString());
        List<TableRecord> errors;
        using (var reader = new StreamReader(errorFile))
        {
            errors = CsvTable.Read(reader).ToList();
        }

        Assert.Equal(["line", "participant_id", "code", "field", "description"], errors[0].Cells);
        var byLine = errors.Skip(1).GroupBy(e => int.Parse(e.Cells[0], CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([bad.Role, bad.Years, bad.Capacity, bad.Time], byLine.Keys.Order());
        Assert.Equal("participant.role", Assert.Single(byLine[bad.Role]).Cells[3]);
        Assert.Equal("participant.seniority_years", Assert.Single(byLine[bad.Years]).Cells[3]);
        Assert.Contains(byLine[bad.Capacity], e => e.Cells[1] == "bad-capacity" && e.Cells[3].StartsWith("participant.capacity", StringComparison.Ordinal));
        Assert.Contains(byLine[bad.Time], e => e.Cells[1] == "bad-time" && e.Cells[3].StartsWith("participant.availability", StringComparison.Ordinal));
        Assert.All(errors.Skip(1), e => Assert.False(string.IsNullOrWhiteSpace(e.Cells[4])));

        using var channel = server.Gateway.CreateChannel();
        var participants = new ParticipantService.ParticipantServiceClient(channel);
        var listed = await participants.ListParticipantsAsync(new ListParticipantsRequest { Parent = $"programmes/{programme}", PageSize = 1000 });
        Assert.Equal(Mentors + Mentees, listed.Participants.Count);

        // 3. Run a round and follow it to the end.
        var run = await CliRun.AgainstAsync(server, "rounds", "run", programme, "--output", "json");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var round = JsonNode.Parse(run.Out)!["round"]!;
        Assert.Equal("ROUND_STATE_DONE", (string?)round["state"]);
        var roundName = (string)round["name"]!;

        // 4-5. Export the matches and read the file back.
        var exportPath = Path.Combine(directory, "matches.csv");
        var export = await CliRun.AgainstAsync(server, "rounds", "export", roundName, "--file", exportPath);
        Assert.True(export.ExitCode == ExitCodes.Success, export.ToString());
        List<TableRecord> exported;
        using (var reader = new StreamReader(exportPath))
        {
            exported = CsvTable.Read(reader).ToList();
        }

        Assert.Equal(["mentee_id", "mentee_name", "mentor_id", "mentor_name", "score", "reason_1", "reason_2", "reason_3", "status"], exported[0].Cells);

        // 6. Compare with the matches and their states as the API returns them.
        var rounds = new RoundService.RoundServiceClient(channel);
        var matches = new MatchService.MatchServiceClient(channel);
        var fromApi = (await rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = roundName, PageSize = 1000 })).Matches;
        Assert.Equal(Mentors * 2, fromApi.Count);
        Assert.Equal(fromApi.Count, exported.Count - 1);
        var rows = exported.Skip(1).ToDictionary(r => r.Cells[0]);
        var names = listed.Participants.ToDictionary(p => p.Name, p => p.DisplayName);
        foreach (var match in fromApi)
        {
            var row = rows[Id(match.Mentee)];
            Assert.Equal(Id(match.Mentor), row.Cells[2]);
            Assert.Equal(names[match.Mentee], row.Cells[1]);
            Assert.Equal(names[match.Mentor], row.Cells[3]);
            Assert.Equal(match.Score, double.Parse(row.Cells[4], CultureInfo.InvariantCulture), 4);
            Assert.Equal(match.Reasons.Take(3).Concat(["", "", ""]).Take(3), row.Cells.Skip(5).Take(3));
            var state = await matches.GetMatchAsync(new GetMatchRequest { Name = $"{roundName}/matches/{Id(match.Mentee)}" });
            Assert.Equal(MatchState.Proposed, state.State);
            Assert.Equal("proposed", row.Cells[8]);
        }

        // Acting for a participant changes the state the next export shows.
        var someone = Id(fromApi[0].Mentee);
        var accept = await CliRun.AgainstAsync(server, "matches", "accept", roundName, someone, "--as", "mentee");
        Assert.True(accept.ExitCode == ExitCodes.Success, accept.ToString());
        var again = await CliRun.AgainstAsync(server, "rounds", "export", roundName, "--file", exportPath);
        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.Contains($"{someone},", File.ReadAllLines(exportPath).Single(l => l.Contains("accepted_by_mentee", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The report, from the tool and from the gateway.
        var reportPath = Path.Combine(directory, "report.html");
        var report = await CliRun.AgainstAsync(server, "rounds", "report", roundName, "--file", reportPath);
        Assert.True(report.ExitCode == ExitCodes.Success, report.ToString());
        var html = await File.ReadAllTextAsync(reportPath);
        Assert.Contains("id=\"chart-scores\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-capacity\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var reportUri = new Uri($"{server.Endpoint}/v1/{roundName}/report.html");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(reportUri)).StatusCode);
        http.DefaultRequestHeaders.Add("x-api-key", server.ApiKey);
        var served = await http.GetAsync(reportUri);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("text/html", served.Content.Headers.ContentType?.MediaType);
        var servedHtml = await served.Content.ReadAsStringAsync();
        Assert.Contains("id=\"chart-scores\"", servedHtml, StringComparison.Ordinal);
        Assert.Equal(fromApi.Count, CountRows(servedHtml));
        foreach (var page in new[] { html, servedHtml })
        {
            Assert.Contains(WebUtility.HtmlEncode(names[fromApi[0].Mentee]), page, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(names[fromApi[0].Mentor]), page, StringComparison.Ordinal);
            Assert.Contains("id=\"score-reading\"", page, StringComparison.Ordinal);
            Assert.Contains("<h2>Unmatched mentees</h2>", page, StringComparison.Ordinal);
        }

        var missing = await http.GetAsync(new Uri($"{server.Endpoint}/v1/programmes/{programme}/rounds/no-such-round/report.html"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Another tenant's round is reported exactly like a missing one.
        var otherKey = await Mentoring.Api.Tests.Infrastructure.TestCredentials.CreateKeyAsync(
            server.Endpoint, "cli-other-tenant", Mentoring.Api.Tests.Infrastructure.TestCredentials.TenantScopes);
        using var other = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        other.DefaultRequestHeaders.Add("x-api-key", otherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(reportUri)).StatusCode);
    }

    [Fact]
    public async Task Server_errors_print_one_line_per_field_violation_and_no_stack_trace()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "errors")).FullName;
        var policy = Path.Combine(directory, "bad-policy.json");
        await File.WriteAllTextAsync(policy, """{"weights": {"skills": -1, "goals": -2}}""");
        var result = await CliRun.AgainstAsync(server, "programmes", "create", "cli-bad-policy", "--policy", policy);
        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("InvalidArgument: programme.policy.weights.skills:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("InvalidArgument: programme.policy.weights.goals:", StringComparison.Ordinal));
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("   at ", result.Error + result.Out, StringComparison.Ordinal);

        var anonymous = await CliRun.RunAsync(null, "programmes", "list", "--endpoint", server.Endpoint);
        Assert.Equal(ExitCodes.Failed, anonymous.ExitCode);
        Assert.StartsWith("Unauthenticated: ", anonymous.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(anonymous.Error.Trim().Split('\n'));

        var missing = await CliRun.AgainstAsync(server, "programmes", "show", "no-such-programme");
        Assert.Equal(ExitCodes.Failed, missing.ExitCode);
        Assert.StartsWith("NotFound: programmes/no-such-programme", missing.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_publishes_nothing_and_its_export_says_so()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "dry")).FullName;
        const string programme = "cli-dry";
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy)).ExitCode);
        var (csv, _) = ProgrammeFiles.ParticipantsCsv(directory, 2, 3);
        Assert.Equal(ExitCodes.RowsRejected, (await CliRun.AgainstAsync(server, "participants", "import", csv, "-p", programme)).ExitCode);
        var run = await CliRun.AgainstAsync(server, "rounds", "run", programme, "--dry-run", "-o", "json");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var round = JsonNode.Parse(run.Out)!["round"]!;
        Assert.True((bool)round["dry_run"]!);
        var exportPath = Path.Combine(directory, "dry.csv");
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "rounds", "export", (string)round["name"]!, "-f", exportPath)).ExitCode);
        var lines = File.ReadAllLines(exportPath);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",dry_run", l, StringComparison.Ordinal));
        var accept = await CliRun.AgainstAsync(server, "matches", "accept", (string)round["name"]!, "mentee-00", "--as", "mentee");
        Assert.Equal(ExitCodes.Failed, accept.ExitCode);
        Assert.StartsWith("NotFound:", accept.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_while_watching_detaches_and_the_round_still_finishes()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "detach")).FullName;
        const string programme = "cli-detach";
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy)).ExitCode);
        var (csv, _) = ProgrammeFiles.ParticipantsCsv(directory, 3, 6);
        Assert.Equal(ExitCodes.RowsRejected, (await CliRun.AgainstAsync(server, "participants", "import", csv, "-p", programme)).ExitCode);
        var start = await CliRun.AgainstAsync(server, "rounds", "run", programme, "--no-wait", "-o", "json");
        Assert.True(start.ExitCode == ExitCodes.Success, start.ToString());
        var name = (string)JsonNode.Parse(start.Out)!["round"]!["name"]!;

        // The interrupt is already signalled, so the watch is cut however fast the round is.
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();
        var watch = await CliRun.RunAsync(null, interrupt.Token, "rounds", "watch", name, "--endpoint", server.Endpoint, "--api-key", server.ApiKey);
        Assert.True(watch.ExitCode == ExitCodes.Detached, watch.ToString());
        Assert.Contains($"mentoring rounds watch {name}", watch.Out, StringComparison.Ordinal);

        var again = await CliRun.AgainstAsync(server, "rounds", "watch", name, "-o", "json");
        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.Equal("ROUND_STATE_DONE", (string?)JsonNode.Parse(again.Out)!["round"]!["state"]);
    }

    [Fact]
    public async Task On_a_terminal_import_and_round_draw_live_progress_bars_and_finish()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "terminal")).FullName;
        const string programme = "cli-terminal";
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy)).ExitCode);
        var (csv, _) = ProgrammeFiles.ParticipantsCsv(directory, 3, 6);
        var import = await CliRun.RunAsync(null, CancellationToken.None, interactive: true, "participants", "import", csv, "-p", programme, "--endpoint", server.Endpoint, "--api-key", server.ApiKey);
        Assert.True(import.ExitCode == ExitCodes.RowsRejected, import.ToString());
        Assert.Contains("rows/s", import.Out, StringComparison.Ordinal);

        var run = await CliRun.RunAsync(null, CancellationToken.None, interactive: true, "rounds", "run", programme, "--endpoint", server.Endpoint, "--api-key", server.ApiKey);
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        foreach (var phase in new[] { "Snapshot", "Scoring pairs", "Solving", "Publishing" })
        {
            Assert.Contains(phase, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains(": Done", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_split_over_several_calls_still_reports_each_rejected_row_by_its_line()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "chunks")).FullName;
        const string programme = "cli-chunks";
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "programmes", "create", programme, "--taxonomy", ProgrammeFiles.Taxonomy)).ExitCode);
        var (csv, bad) = ProgrammeFiles.ParticipantsCsv(directory, 2, 5);
        using var channel = server.Gateway.CreateChannel();
        var progress = new List<int>();
        var importer = new ParticipantImporter(new ParticipantService.ParticipantServiceClient(channel), progress.Add, rowsPerCall: 2);

        var summary = await importer.ImportAsync(ImportFile.Rows(csv, ImportFormat.Csv, $"programmes/{programme}"), CancellationToken.None);

        Assert.Equal((11, 7, 4), (summary.Rows, summary.Created, summary.Rejected));
        Assert.Equal(Enumerable.Range(1, 11), progress);
        Assert.Equal([bad.Role, bad.Years, bad.Capacity, bad.Time], summary.Errors.Select(e => e.Line).Distinct());
        Assert.Equal("bad-capacity", summary.Errors.Single(e => e.Line == bad.Capacity).ParticipantId);
    }

    private static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];

    private static int CountRows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }
}
