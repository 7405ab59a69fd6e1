using System.Text.Json.Nodes;
using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring participants list|show` against a real gateway.</summary>
[Collection(CliServerCollection.Name)]
public sealed class ParticipantCommandTests(CliServerFixture server)
{
    [Fact]
    public async Task Participants_list_reads_every_page_in_id_order_and_filters_by_role()
    {
        // More mentees than one page holds (1,000), so the list is only whole when every page token is followed.
        const int mentors = 2;
        const int mentees = 1001;
        var programme = await ImportedProgramme.CreateAsync(server, "cli-list", mentors, mentees);

        var all = await NamesAsync("participants", "list", "-p", programme);
        var onlyMentees = await NamesAsync("participants", "list", "-p", programme, "--role", "mentee");
        var onlyMentors = await NamesAsync("participants", "list", "-p", programme, "--role", "mentor");

        Assert.Equal(mentors + mentees, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(mentees, onlyMentees.Distinct().Count());
        Assert.All(onlyMentees, n => Assert.StartsWith($"programmes/{programme}/participants/mentee-", n, StringComparison.Ordinal));
        Assert.Equal([$"programmes/{programme}/participants/mentor-00", $"programmes/{programme}/participants/mentor-01"], onlyMentors);

        var table = await CliRun.AgainstAsync(server, "participants", "list", "-p", programme, "--role", "mentor");
        Assert.True(table.ExitCode == ExitCodes.Success, table.ToString());
        Assert.Contains("Mentor 1, Esq.", table.Out, StringComparison.Ordinal);
        Assert.Contains("2 participants.", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participants_show_prints_a_table_in_the_import_files_notation()
    {
        var programme = await ImportedProgramme.CreateAsync(server, "cli-show", 1, 4);

        var mentee = await CliRun.AgainstAsync(server, "participants", "show", "mentee-03", "-p", programme);
        var mentor = await CliRun.AgainstAsync(server, "participants", "show", "mentor-00", "-p", programme);

        Assert.True(mentee.ExitCode == ExitCodes.Success, mentee.ToString());
        Assert.DoesNotContain("{", mentee.Out, StringComparison.Ordinal);
        foreach (var expected in new[] { "Role", "mentee", "Mentee 3", "Europe/Berlin", "MONDAY 09:00-11:00", "kotlin:3", "en;de", "career-change" })
        {
            Assert.Contains(expected, mentee.Out, StringComparison.Ordinal);
        }

        Assert.True(mentor.ExitCode == ExitCodes.Success, mentor.ToString());
        Assert.Contains("kotlin:5;leadership:4", mentor.Out, StringComparison.Ordinal);
        Assert.Contains("Capacity", mentor.Out, StringComparison.Ordinal);
    }

    private async Task<List<string>> NamesAsync(params string[] args)
    {
        var result = await CliRun.AgainstAsync(server, [.. args, "-o", "json"]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return JsonNode.Parse(result.Out)!["participants"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
    }
}
