using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Cli.Tests;

/// <summary>
/// `--output json` of every command, against the schemas in Golden/. To accept a deliberate change, run the tests with
/// MENTORING_UPDATE_GOLDEN=1 and review the diff of Golden/.
/// </summary>
[Collection(CliServerCollection.Name)]
public sealed class JsonOutputGoldenTests(CliServerFixture server)
{
    private readonly List<string> _mismatches = [];

    [Fact]
    public async Task Every_command_prints_one_json_document_of_the_golden_schema()
    {
        var directory = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "golden")).FullName;
        const string programme = "cli-golden";
        await Check("programmes-create", "programmes", "create", programme, "--display-name", "Golden", "--policy", ProgrammeFiles.PolicyYaml(directory), "--taxonomy", ProgrammeFiles.Taxonomy);
        await Check("programmes-show", "programmes", "show", programme, "--policy-out", Path.Combine(directory, "policy-out.yaml"));
        await Check("programmes-update", "programmes", "update", programme, "--description", "Updated");
        await Check("programmes-list", "programmes", "list");
        await Check("participants-template", "participants", "template", "--file", Path.Combine(directory, "template.csv"));
        var (csv, _) = ProgrammeFiles.ParticipantsCsv(directory, 3, 5);
        await Check("participants-import", "participants", "import", csv, "-p", programme);
        await Check("participants-show", "participants", "show", "mentee-00", "-p", programme);
        await Check("participants-list", "participants", "list", "-p", programme, "--role", "mentee");

        var run = await Check("rounds-run", "rounds", "run", programme);
        var round = (string)JsonNode.Parse(run)!["round"]!["name"]!;
        await Check("rounds-watch", "rounds", "watch", round);
        await Check("rounds-show", "rounds", "show", round);
        await Check("rounds-list", "rounds", "list", programme);
        await Check("rounds-export", "rounds", "export", round, "--file", Path.Combine(directory, "matches.csv"));
        await Check("rounds-unmatched", "rounds", "unmatched", round);
        await Check("rounds-unmatched-file", "rounds", "unmatched", round, "--file", Path.Combine(directory, "unmatched.csv"));
        await Check("rounds-report", "rounds", "report", round, "--file", Path.Combine(directory, "report.html"));
        await Check("rounds-cancel", "rounds", "cancel", round);
        await Check("matches-show", "matches", "show", round, "mentee-00");
        await Check("matches-accept", "matches", "accept", round, "mentee-00", "--as", "mentor");
        await Check("matches-decline", "matches", "decline", round, "mentee-01", "--as", "mentee");
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "matches", "accept", round, "mentee-03", "--as", "mentee")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.AgainstAsync(server, "matches", "accept", round, "mentee-03", "--as", "mentor")).ExitCode);
        await Check("matches-end", "matches", "end", round, "mentee-03", "--rating", "5", "--comment", "Golden");
        await Check("recommend", "recommend", "mentee-02", "-p", programme, "--max", "3");
        await Check("participants-export", "participants", "export", "mentee-00", "-p", programme);
        await Check("participants-erase", "participants", "erase", "mentee-04", "-p", programme, "--yes");
        await Check("config-show", "config", "show");
        var key = await CheckWith(TestCredentials.OperatorKey, "keys-create", "keys", "create", "cli-golden", "--scopes", "participants.read", "--expires", "2099-01-01T00:00:00Z");
        var keyName = (string)JsonNode.Parse(key)!["api_key"]!["name"]!;
        await CheckWith(TestCredentials.OperatorKey, "keys-list", "keys", "list", "cli-golden");
        await CheckWith(TestCredentials.OperatorKey, "keys-rotate", "keys", "rotate", keyName);
        await CheckWith(TestCredentials.OperatorKey, "keys-revoke", "keys", "revoke", keyName);
        await Check("error", "programmes", "show", "no-such-programme");

        Assert.True(_mismatches.Count == 0, string.Join("\n\n", _mismatches));
    }

    private Task<string> Check(string golden, params string[] args) => CheckWith(server.ApiKey, golden, args);

    private async Task<string> CheckWith(string apiKey, string golden, params string[] args)
    {
        var result = await CliRun.WithKeyAsync(server, apiKey, [.. args, "--output", "json"]);
        var schema = JsonSchema.Of(result.Out);
        var source = Path.Combine(RepositoryPaths.Root, "tests", "Mentoring.Cli.Tests", "Golden", golden + ".txt");
        if (Environment.GetEnvironmentVariable("MENTORING_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(source, schema);
        }

        var expected = File.Exists(source) ? await File.ReadAllTextAsync(source) : "(missing golden file)";
        if (expected != schema)
        {
            _mismatches.Add($"{golden} ({string.Join(' ', args)}), exit {result.ExitCode}:\nexpected\n{expected}\nactual\n{schema}\nstderr: {result.Error}");
        }

        return result.Out;
    }
}
