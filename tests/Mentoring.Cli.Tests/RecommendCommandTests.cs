using Mentoring.Cli.Tests.Infrastructure;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring recommend` names the people beside their ids.</summary>
[Collection(CliServerCollection.Name)]
public sealed class RecommendCommandTests(CliServerFixture server)
{
    [Fact]
    public async Task Recommendations_show_each_mentors_display_name_beside_the_id()
    {
        var programme = await ImportedProgramme.CreateAsync(server, "cli-recommend", mentors: 2, mentees: 1);

        var result = await CliRun.AgainstAsync(server, "recommend", "mentee-00", "-p", programme);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("mentee-00 (Mentee 0)", result.Out, StringComparison.Ordinal);
        var rows = result.Out.Split('\n').Where(l => l.Contains("mentor-0", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("mentor-00", StringComparison.Ordinal) && r.Contains("Mentor 0, Esq.", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("mentor-01", StringComparison.Ordinal) && r.Contains("Mentor 1, Esq.", StringComparison.Ordinal));
    }
}
