using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>Round analyses: which rule to relax for a dry run's unmatched mentees, and two dry runs side by side.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RoundAnalysisTests(ConsoleFixture fixture)
{
    private static readonly LocatorAssertionsToHaveTextOptions UntilFinal = new() { Timeout = 60_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions UntilShown = new() { Timeout = 120_000 };

    [Fact]
    public async Task A_dry_run_left_unmatched_by_the_time_zone_rule_suggests_widening_it_with_the_gain_a_dry_run_of_that_policy_gives()
    {
        using var clients = Clients.For(fixture.Gateway);
        await WriteProgrammeAsync(clients, "console-relax");
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/programmes/console-relax/rounds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a dry run" }).ClickAsync();
        await Expect(page.Locator("#round-state")).ToHaveTextAsync("DONE", UntilFinal);
        var baseName = "programmes/console-relax/rounds/" + page.Url[(page.Url.LastIndexOf('/') + 1)..];

        await page.GetByRole(AriaRole.Button, new() { Name = "Try loosening the rules" }).ClickAsync();

        var row = page.Locator("#relax-suggestions tbody tr[data-rule='TimeZoneDistance']");
        await Expect(row).ToBeVisibleAsync(UntilShown);
        await Expect(page.Locator("#relax-progress")).ToHaveCountAsync(0, new() { Timeout = 120_000 });
        await Expect(row.Locator("th")).ToHaveTextAsync("Maximum time-zone distance");
        await Expect(row).ToContainTextAsync("0 h → 3 h");
        await console.CheckAsync("round-relax");
        var programme = await clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/console-relax" });
        var wider = programme.Policy.Clone();
        wider.MaxTimeZoneDistanceHours = 3;
        var baseline = await rounds.GetRoundAsync(new GetRoundRequest { Name = baseName });
        var relaxed = await RunAsync(rounds, new StartRoundRequest { Parent = programme.Name, RequestId = "test-wider", DryRun = true, Policy = wider });
        var gain = relaxed.Report.MatchedCount - baseline.Report.MatchedCount;
        Assert.True(gain > 0, "the population is built so that widening the limit matches the Berlin mentees");
        await Expect(row.Locator(".matched-delta")).ToHaveTextAsync("+" + gain.ToString(CultureInfo.InvariantCulture));

        await page.ReloadAsync();

        await Expect(page.Locator("#relax-suggestions tbody tr[data-rule='TimeZoneDistance'] .matched-delta")).ToHaveTextAsync("+" + gain.ToString(CultureInfo.InvariantCulture), UntilFinal);
        var all = await rounds.ListRoundsAsync(new ListRoundsRequest { Parent = programme.Name, PageSize = 100 });
        var suggested = Assert.Single(all.Rounds, r => r.RequestId.EndsWith(".relax-time-zone", StringComparison.Ordinal));
        Assert.Equal(3, suggested.Policy.MaxTimeZoneDistanceHours);
        var unchanged = await clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = programme.Name });
        Assert.Equal(0, unchanged.Policy.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public async Task Two_dry_runs_with_different_policies_compare_side_by_side_with_the_mentees_whose_mentor_changes()
    {
        using var clients = Clients.For(fixture.Gateway);
        await WriteProgrammeAsync(clients, "console-compare");
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var programme = await clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/console-compare" });
        var wider = programme.Policy.Clone();
        wider.MaxTimeZoneDistanceHours = 12;
        var first = await RunAsync(rounds, new StartRoundRequest { Parent = programme.Name, RequestId = "strict", DryRun = true });
        var second = await RunAsync(rounds, new StartRoundRequest { Parent = programme.Name, RequestId = "wide", DryRun = true, Policy = wider });
        var before = (await RoundCalls.ListAllMatchesAsync(rounds, first.Name, pageSize: 100)).ToDictionary(m => m.Mentee, m => m.Mentor);
        var after = (await RoundCalls.ListAllMatchesAsync(rounds, second.Name, pageSize: 100)).ToDictionary(m => m.Mentee, m => m.Mentor);
        var changed = before.Keys.Union(after.Keys).Where(m => before.GetValueOrDefault(m) != after.GetValueOrDefault(m)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(changed);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;
        await page.GotoAsync("/programmes/console-compare/rounds");

        await page.GetByRole(AriaRole.Link, new() { Name = "Compare two rounds" }).ClickAsync();
        await page.GetByLabel("First round").SelectOptionAsync(Id(first.Name));
        await page.GetByLabel("Second round").SelectOptionAsync(Id(second.Name));
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var matched = page.Locator("#compare-figures tbody tr").Filter(new() { HasText = "Matched mentees" }).Locator("td");
        await Expect(matched).ToHaveTextAsync([
            $"{first.Report.MatchedCount}", $"{second.Report.MatchedCount}", $"+{second.Report.MatchedCount - first.Report.MatchedCount}"]);
        var meanScore = page.Locator("#compare-figures tbody tr").Filter(new() { HasText = "Mean score" }).Locator("td");
        var british = CultureInfo.GetCultureInfo("en-GB");
        await Expect(meanScore.Nth(0)).ToHaveTextAsync(first.Report.MeanScore.ToString("0.000", british));
        await Expect(meanScore.Nth(1)).ToHaveTextAsync(second.Report.MeanScore.ToString("0.000", british));
        await Expect(page.Locator("#compare-figures tr[data-rule='TimeZoneDistance'] td")).ToHaveTextAsync(["0", "12", ""]);
        var rows = page.Locator("#match-changes tbody tr");
        await Expect(rows).ToHaveCountAsync(changed.Count);
        Assert.Equal(changed.Select(Id), await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.mentee)"));
        var mentee = changed.First(m => !before.ContainsKey(m));
        var mentor = await clients.Participants.GetParticipantAsync(new GetParticipantRequest { Name = after[mentee] });
        var menteeRow = page.Locator($"#match-changes tbody tr[data-mentee='{Id(mentee)}']");
        await Expect(menteeRow.Locator("th")).ToHaveTextAsync(new Regex($"^Berlin mentee \\d \\({Regex.Escape(Id(mentee))}\\)$"));
        await Expect(menteeRow.Locator("td").Nth(0)).ToHaveTextAsync("(unmatched)");
        await Expect(menteeRow.Locator("td").Nth(1)).ToHaveTextAsync($"{mentor.DisplayName} ({Id(after[mentee])})");
        await console.CheckAsync("round-compare");
    }

    // Mentors in London; two mentees in London and three in Berlin, an hour away: the programme's zero-hour time-zone
    // limit leaves the Berlin mentees unmatched, although every mentor could take them otherwise.
    private static async Task WriteProgrammeAsync(Clients clients, string programmeId)
    {
        var programme = Builders.Programme("Time zones");
        programme.Policy = new MatchingPolicy { MaxTimeZoneDistanceHours = 0 };
        await clients.CreateProgrammeAsync(programmeId, programme);
        var parent = $"programmes/{programmeId}";
        for (var i = 0; i < 2; i++)
        {
            await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = parent, ParticipantId = $"mentor-{i}", Participant = Builders.Mentor($"London mentor {i}") });
            var local = Builders.Mentee($"London mentee {i}");
            local.TimeZone = "Europe/London";
            await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = parent, ParticipantId = $"london-{i}", Participant = local });
        }

        for (var i = 0; i < 3; i++)
        {
            await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = parent, ParticipantId = $"berlin-{i}", Participant = Builders.Mentee($"Berlin mentee {i}") });
        }
    }

    private static async Task<Round> RunAsync(RoundService.RoundServiceClient rounds, StartRoundRequest request)
    {
        var started = await rounds.StartRoundAsync(request);
        var seen = await RoundCalls.WatchToEndAsync(rounds, started.Name);
        Assert.Equal(RoundState.Done, seen[^1].State);
        return seen[^1];
    }

    private static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];
}
