using System.Text.Json.Nodes;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring events watch` prints a programme's events in order, resumes after a sequence and filters by type.</summary>
[Collection(CliServerCollection.Name)]
public sealed class EventWatchTests(CliServerFixture server)
{
    [Fact]
    public async Task Events_print_in_order_from_the_start_or_after_a_sequence_and_only_of_the_types_asked()
    {
        var programme = await ImportedProgramme.CreateAsync(server, "cli-events", mentors: 2, mentees: 1);
        await ImportedProgramme.RunRoundAsync(server, programme);

        var first = await CliRun.AgainstAsync(server, "events", "watch", programme, "--count", "3", "-o", "json");
        var resumed = await CliRun.AgainstAsync(server, "events", "watch", programme, "--after", "2", "--count", "1", "-o", "json");
        var published = await CliRun.AgainstAsync(server, "events", "watch", programme, "--type", "round.published", "--count", "1");

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        var events = Lines(first.Out).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["1", "2", "3"], events.Select(e => (string)e["sequence"]!));
        Assert.All(events, e => Assert.Equal("participant.created", (string)e["type"]!));
        Assert.Equal("3", (string)JsonNode.Parse(Assert.Single(Lines(resumed.Out)))!["sequence"]!);
        var line = Assert.Single(Lines(published.Out));
        Assert.Contains("round.published", line, StringComparison.Ordinal);
        Assert.Contains($"programmes/{programme}/rounds/", line, StringComparison.Ordinal);
    }

    private static List<string> Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
