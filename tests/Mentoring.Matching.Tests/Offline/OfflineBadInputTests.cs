using Mentoring.Offline;

namespace Mentoring.Matching.Tests.Offline;

/// <summary>Every bad input file ends the runner with a non-zero exit code and one line naming the problem, never a stack trace.</summary>
public sealed class OfflineBadInputTests : IDisposable
{
    private const string Round = OfflineRunnerTests.Round;

    private readonly string _folder = Directory.CreateTempSubdirectory("mentoring-offline-").FullName;

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "malformed JSON", Round[..^20], "input: is not valid JSON" },
        { "an empty file", "", "input: is empty" },
        { "an unknown field", Replace("\"capacity\": 1,", "\"capacity\": 1, \"favouriteColour\": \"teal\","), "participants[0].favouriteColour: " },
        { "a non-numeric capacity", Replace("\"capacity\": 1,", "\"capacity\": \"one\","), "participants[0].capacity: " },
        { "no participants key", Round[..Round.IndexOf(",\n  \"participants\"", StringComparison.Ordinal)] + "\n}", "participants: is required" },
        { "an unknown top-level key", Replace("\"programme\": {", "\"favourite\": 1, \"programme\": {"), "favourite: is not a key of the input" },
        { "an id given twice", Replace("participants/cy\"", "participants/bo\""), "participants[2].participant.name: repeats the id 'bo' of participants[1], a mentee" },
        { "a mentee with a mentor's id", Replace("participants/bo\"", "participants/ada\""), "participants[1].participant.name: repeats the id 'ada' of participants[0], a mentor" },
    };

    [Fact]
    public async Task The_sample_round_runs()
    {
        var (code, output, error) = await RunAsync(Round);

        Assert.Equal((OfflineExitCodes.Success, ""), (code, error));
        Assert.Contains("\"matches\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_input_is_one_line_naming_the_problem_and_a_data_error(string problem, string input, string line)
    {
        var (code, output, error) = await RunAsync(input);

        Assert.True(code == OfflineExitCodes.DataError, $"{problem}: exit {code}\n{error}");
        Assert.Empty(output);
        var only = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(line, only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_one_line_naming_it_and_no_input()
    {
        var missing = Path.Combine(_folder, "absent.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OfflineRunner.RunAsync(["--input", missing], output, error);

        Assert.Equal(OfflineExitCodes.NoInput, code);
        Assert.Equal($"{missing}: no such file", error.ToString().TrimEnd());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Replace(string text, string replacement)
    {
        Assert.Contains(text, Round, StringComparison.Ordinal);
        return Round.Replace(text, replacement, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string input)
    {
        var path = Path.Combine(_folder, "round.json");
        await File.WriteAllTextAsync(path, input);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OfflineRunner.RunAsync(["--input", path], output, error);

        return (code, output.ToString(), error.ToString());
    }
}
