using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>The matches board shows each published match in the column of its lifecycle state, as the API has it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MatchBoardTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Accepts_made_through_the_api_move_a_match_across_the_board()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-board", participants: 6);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var matchService = new MatchService.MatchServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = "programmes/console-board", RequestId = "board", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var matches = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100);
        var first = matches[0];
        var matchName = $"{round.Name}/matches/{first.Mentee[(first.Mentee.LastIndexOf('/') + 1)..]}";
        await matchService.AcceptMatchAsync(new AcceptMatchRequest { Name = matchName, Participant = first.Mentee });
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        var proposed = page.Locator("section[data-state=Proposed] li");
        var acceptedByMentee = page.Locator("section[data-state=AcceptedByMentee] li");
        var active = page.Locator("section[data-state=Active] li");

        await page.GotoAsync("/programmes/console-board/matches");
        await Expect(acceptedByMentee).ToHaveCountAsync(1);
        await Expect(proposed).ToHaveCountAsync(matches.Count - 1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accepted by the mentee (1)" })).ToBeVisibleAsync();
        await console.CheckAsync("matches-board");
        await matchService.AcceptMatchAsync(new AcceptMatchRequest { Name = matchName, Participant = first.Mentor });
        await page.ReloadAsync();

        await Expect(active).ToHaveCountAsync(1);
        await Expect(active).ToContainTextAsync(first.Mentee[(first.Mentee.LastIndexOf('/') + 1)..]);
        await Expect(acceptedByMentee).ToHaveCountAsync(0);
    }
}
