using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Manual overrides on the matches board: what the console assigns or swaps is what the API and the audit log show.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MatchOverrideTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_assign_made_in_the_console_is_an_active_match_in_the_api_and_an_audit_entry()
    {
        var (programme, _, matches, free) = await PublishedAsync("console-assign");
        var mentor = ResourceIdOf(matches[0].Mentor);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync($"/{programme}/matches");

        await page.GetByLabel("Mentee", new() { Exact = true }).FillAsync(free);
        await page.GetByLabel("Mentor", new() { Exact = true }).FillAsync(mentor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync($"{free} ↔ {mentor}");
        await console.CheckAsync("matches-assign-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(page.Locator("#override-done")).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-state=Active] li")).ToHaveTextAsync(new[] { new System.Text.RegularExpressions.Regex($"^{free} ↔ {mentor}") });
        var active = await ActiveAsync(programme);
        Assert.Equal(($"{programme}/participants/{free}", $"{programme}/participants/{mentor}"), (Assert.Single(active).Mentee, active[0].Mentor));
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = "CreateMatch" }).Filter(new() { HasText = $"{programme}/participants/{free}" })).ToContainTextAsync("OK");
    }

    [Fact]
    public async Task A_swap_made_in_the_console_trades_the_mentors_in_the_api_and_is_audited()
    {
        var (programme, round, matches, _) = await PublishedAsync("console-swap");
        var (a, b) = (matches[0], matches[1]);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync($"/{programme}/matches");

        await page.GetByLabel("First match").SelectOptionAsync(MatchName(round, a));
        await page.GetByLabel("Second match").SelectOptionAsync(MatchName(round, b));
        await page.GetByRole(AriaRole.Button, new() { Name = "Swap mentors" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(page.Locator("#override-done")).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-state=Active] li")).ToHaveCountAsync(2);
        var active = await ActiveAsync(programme);
        Assert.Equal(new[] { (a.Mentee, b.Mentor), (b.Mentee, a.Mentor) }.Order(), active.Select(m => (m.Mentee, m.Mentor)).Order());
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = "SwapMatches" }).Filter(new() { HasText = programme })).ToContainTextAsync("OK");
    }

    [Fact]
    public async Task A_refused_assign_shows_the_rule_and_changes_nothing()
    {
        var (programme, round, matches, free) = await PublishedAsync("console-refused");
        var held = matches[0];
        using (var channel = fixture.Gateway.CreateChannel())
        {
            var api = new MatchService.MatchServiceClient(channel);
            await api.AcceptMatchAsync(new AcceptMatchRequest { Name = MatchName(round, held), Participant = held.Mentee });
            await api.AcceptMatchAsync(new AcceptMatchRequest { Name = MatchName(round, held), Participant = held.Mentor });
        }

        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync($"/{programme}/matches");

        await page.GetByLabel("Mentee", new() { Exact = true }).FillAsync(free);
        await page.GetByLabel("Mentor", new() { Exact = true }).FillAsync(ResourceIdOf(held.Mentor));
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("MentorCapacity");
        await Expect(alert).ToContainTextAsync("the mentor holds 1 of 1 slots");
        await console.CheckAsync("matches-assign-refused");
        Assert.Equal([held.Mentee], (await ActiveAsync(programme)).Select(m => m.Mentee));
    }

    // Three mentors of capacity 1 and four mentees: the round proposes three matches and leaves one mentee free.
    private async Task<(string Programme, string Round, List<RoundMatch> Matches, string FreeMentee)> PublishedAsync(string programmeId)
    {
        using var clients = Clients.For(fixture.Gateway);
        await clients.CreateProgrammeAsync(programmeId);
        var programme = $"programmes/{programmeId}";
        await RoundPopulation.ImportAsync(clients, programme, mentors: 3, mentees: 4, capacity: 1);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme, RequestId = "override", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var matches = await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100);
        Assert.Equal(3, matches.Count);
        var free = Enumerable.Range(0, 4).Select(RoundPopulation.MenteeId).Single(id => !matches.Any(m => m.Mentee == $"{programme}/participants/{id}"));
        return (programme, round.Name, matches, free);
    }

    private async Task<List<Match>> ActiveAsync(string programme)
    {
        using var channel = fixture.Gateway.CreateChannel();
        var page = await new MatchService.MatchServiceClient(channel).ListMatchesAsync(
            new ListMatchesRequest { Parent = $"{programme}/rounds/-", State = MatchState.Active });
        return [.. page.Matches];
    }

    private static string MatchName(string round, RoundMatch match) => $"{round}/matches/{ResourceIdOf(match.Mentee)}";

    private static string ResourceIdOf(string name) => name[(name.LastIndexOf('/') + 1)..];
}
