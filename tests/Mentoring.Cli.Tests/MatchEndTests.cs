using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Tests;

/// <summary>`mentoring matches end`: an active match ends with the rating and comment given, as the API then holds it.</summary>
[Collection(CliServerCollection.Name)]
public sealed class MatchEndTests(CliServerFixture server)
{
    [Fact]
    public async Task An_active_match_ends_with_its_rating_and_comment()
    {
        var programme = await ImportedProgramme.CreateAsync(server, "cli-end", mentors: 1, mentees: 2);
        var round = await ImportedProgramme.RunRoundAsync(server, programme);
        foreach (var side in new[] { "mentee", "mentor" })
        {
            var accept = await CliRun.AgainstAsync(server, "matches", "accept", round, "mentee-00", "--as", side);
            Assert.True(accept.ExitCode == ExitCodes.Success, accept.ToString());
        }

        var end = await CliRun.AgainstAsync(server, "matches", "end", round, "mentee-00", "--rating", "4", "--comment", "Met every week; both learned a lot");

        Assert.True(end.ExitCode == ExitCodes.Success, end.ToString());
        Assert.Contains("Ended, rated 4 of 5: \"Met every week; both learned a lot\"", end.Out, StringComparison.Ordinal);
        using var channel = server.Gateway.CreateChannel();
        var match = await new MatchService.MatchServiceClient(channel).GetMatchAsync(new GetMatchRequest { Name = $"{round}/matches/mentee-00" });
        Assert.Equal((MatchState.Ended, 4, "Met every week; both learned a lot"), (match.State, match.Rating, match.Comment));
    }

    [Fact]
    public async Task A_rating_out_of_range_is_refused_in_one_line_naming_the_field()
    {
        var programme = await ImportedProgramme.CreateAsync(server, "cli-end-bad", mentors: 1, mentees: 1);
        var round = await ImportedProgramme.RunRoundAsync(server, programme);

        var end = await CliRun.AgainstAsync(server, "matches", "end", round, "mentee-00", "--rating", "9");

        Assert.Equal(ExitCodes.Failed, end.ExitCode);
        Assert.StartsWith("InvalidArgument: rating: ", Assert.Single(end.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
