using System.Globalization;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;
using Mentoring.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.WebConsole.Tests;

/// <summary>A round's matches downloaded from its page, as CSV and as a workbook, with names beside ids, as the API lists them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MatchExportTests(ConsoleFixture fixture)
{
    private static readonly string[] Header = ["mentee_id", "mentee_name", "mentor_id", "mentor_name", "score", "reason_1", "reason_2", "reason_3", "status"];

    [Fact]
    public async Task A_dry_run_downloads_as_csv_and_a_published_round_as_xlsx_with_names_scores_reasons_and_status()
    {
        using var clients = Clients.For(fixture.Gateway);
        var (programme, participants) = await SampleData.WriteAsync(clients, "console-export", participants: 6);
        var names = participants.ToDictionary(p => p.Name, p => p.DisplayName);
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var dryRun = await RunAsync(rounds, programme.Name, "export-dry", dryRun: true);
        var published = await RunAsync(rounds, programme.Name, "export-live", dryRun: false);
        await using var console = await fixture.SignedInAsync();
        var page = console.Page;

        var csv = await DownloadAsync(page, dryRun.Name, "Download the matches (CSV)", "csv");
        var xlsx = await DownloadAsync(page, published.Name, "Download the matches (Excel)", "xlsx");
        await console.CheckAsync("round-export");

        AssertRows(csv, await RoundCalls.ListAllMatchesAsync(rounds, dryRun.Name, 100), names, "dry_run");
        AssertRows(xlsx, await RoundCalls.ListAllMatchesAsync(rounds, published.Name, 100), names, "proposed");
    }

    [Fact]
    public async Task The_export_needs_the_console_session()
    {
        using var clients = Clients.For(fixture.Gateway);
        var (programme, _) = await SampleData.WriteAsync(clients, "console-export-signed-out", participants: 4);
        using var channel = fixture.Gateway.CreateChannel();
        var round = await RunAsync(new RoundService.RoundServiceClient(channel), programme.Name, "export-signed-out", dryRun: true);
        await using var console = await fixture.OpenAsync();

        var response = await console.Page.APIRequest.GetAsync($"/console/{round.Name}/matches.csv", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.EndsWith("/sign-in", response.Headers["location"], StringComparison.Ordinal);
    }

    private static async Task<Round> RunAsync(RoundService.RoundServiceClient rounds, string programme, string requestId, bool dryRun)
    {
        var started = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme, RequestId = requestId, DryRun = dryRun, Scope = RoundScope.All });
        var done = (await RoundCalls.WatchToEndAsync(rounds, started.Name))[^1];
        Assert.Equal(RoundState.Done, done.State);
        return done;
    }

    private static async Task<List<IReadOnlyList<string>>> DownloadAsync(IPage page, string roundName, string link, string extension)
    {
        await page.GotoAsync("/" + roundName);
        await Expect(page.Locator("#round-state")).ToHaveTextAsync("DONE");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        Assert.Equal($"{roundName[(roundName.LastIndexOf('/') + 1)..]}-matches.{extension}", download.SuggestedFilename);
        await using var file = File.OpenRead(await download.PathAsync());
        return [.. TableFile.Read(file, TableFile.FormatOf(download.SuggestedFilename)).Select(r => r.Cells)];
    }

    private static void AssertRows(List<IReadOnlyList<string>> table, List<RoundMatch> matches, Dictionary<string, string> names, string status)
    {
        Assert.Equal(Header, table[0]);
        Assert.NotEmpty(matches);
        Assert.Equal(matches.Count, table.Count - 1);
        foreach (var (row, match) in table.Skip(1).Zip(matches))
        {
            Assert.Equal(Last(match.Mentee), row[0]);
            Assert.Equal(names[match.Mentee], row[1]);
            Assert.Equal(Last(match.Mentor), row[2]);
            Assert.Equal(names[match.Mentor], row[3]);
            Assert.Equal(match.Score, double.Parse(row[4], CultureInfo.InvariantCulture), tolerance: 0.0001);
            Assert.Equal(match.Reasons.Take(3), row.Skip(5).Take(match.Reasons.Take(3).Count()));
            Assert.Equal(status, row[8]);
        }
    }

    private static string Last(string name) => name[(name.LastIndexOf('/') + 1)..];
}
