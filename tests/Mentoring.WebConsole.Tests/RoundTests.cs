using System.Text.RegularExpressions;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Rounds: a dry run followed live from WatchRound, its report, and publishing it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RoundTests(ConsoleFixture fixture)
{
    private static readonly LocatorAssertionsToHaveTextOptions UntilFinal = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_dry_run_started_in_the_console_is_followed_to_done_and_opens_its_report()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-dry-run", participants: 6);
        var lonely = Builders.Mentee("Lonely");
        lonely.Languages.Clear();
        lonely.Languages.Add("ja");
        await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest
        {
            Parent = "programmes/console-dry-run", ParticipantId = "lonely", Participant = lonely,
        });
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;

        await page.GotoAsync("/programmes/console-dry-run/rounds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a dry run" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/programmes/console-dry-run/rounds/[^/]+$"));
        await Expect(page.Locator("#round-state")).ToHaveTextAsync("DONE", UntilFinal);
        await Expect(page.Locator("#matched-count")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await console.CheckAsync("round-dry-run");
        var roundName = "programmes/console-dry-run/rounds/" + page.Url[(page.Url.LastIndexOf('/') + 1)..];
        using var channel = fixture.Gateway.CreateChannel();
        var round = await new RoundService.RoundServiceClient(channel).GetRoundAsync(new GetRoundRequest { Name = roundName });
        Assert.True(round.DryRun);
        await Expect(page.Locator("#matched-count")).ToHaveTextAsync(round.Report.MatchedCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unmatched = await new RoundService.RoundServiceClient(channel).ListUnmatchedMenteesAsync(new ListUnmatchedMenteesRequest { Parent = roundName });
        var reason = Assert.Single(unmatched.UnmatchedMentees, u => u.Mentee.EndsWith("/lonely", StringComparison.Ordinal)).Reason;
        await Expect(page.Locator("#unmatched tbody tr").Filter(new() { HasText = "lonely" })).ToContainTextAsync(reason);

        var report = await page.Context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).ClickAsync());
        await Expect(report).ToHaveTitleAsync(new Regex(Regex.Escape(roundName)));
    }

    [Fact]
    public async Task Publishing_a_dry_run_runs_the_round_for_real_and_the_api_lists_its_matches()
    {
        using var clients = Clients.For(fixture.Gateway);
        await SampleData.WriteAsync(clients, "console-publish", participants: 6);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/programmes/console-publish/rounds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a dry run" }).ClickAsync();
        await Expect(page.Locator("#round-state")).ToHaveTextAsync("DONE", UntilFinal);
        var dryRunUrl = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(page).Not.ToHaveURLAsync(dryRunUrl);
        var publishedName = "programmes/console-publish/rounds/" + page.Url[(page.Url.LastIndexOf('/') + 1)..];

        // The address changes before the page has rendered the new round: wait for the state of that round, not the dry run's.
        await Expect(page.Locator($"#round-state[data-round='{publishedName}']")).ToHaveTextAsync("DONE", UntilFinal);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToHaveCountAsync(0);
        var published = await rounds.GetRoundAsync(new GetRoundRequest { Name = publishedName });
        Assert.False(published.DryRun);
        var matches = await rounds.ListRoundMatchesAsync(new ListRoundMatchesRequest { Parent = published.Name });
        Assert.NotEmpty(matches.Matches);
    }
}
