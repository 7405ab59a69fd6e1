using System.Text.Json.Nodes;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Reports;
using Xunit.Abstractions;

namespace Mentoring.Cli.Tests;

/// <summary>The HTML round report in a real browser: the charts render, the table sorts on click, and nothing is fetched.</summary>
public sealed class ReportBrowserTests(ITestOutputHelper output)
{
    private const int MatchCount = 40;

    [Fact]
    public async Task Report_renders_its_charts_sorts_its_table_on_click_and_fetches_nothing()
    {
        var artefacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artefacts")).FullName;
        var page = Path.Combine(artefacts, "round-report.html");
        await File.WriteAllTextAsync(page, RoundReportPage.Render(SampleReports.Round(MatchCount)));
        var url = new Uri(page).AbsoluteUri;

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.SendAsync("Network.enable");
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await browser.WaitForAsync($"location.href === {JsonValue.Create(url).ToJsonString()} && document.readyState === 'complete'");

        // Charts: every chart the report promises is an SVG with a non-zero rendered size and drawn bars.
        var charts = (await browser.EvaluateAsync(
            "Array.from(document.querySelectorAll('svg.chart')).map(s => { const r = s.getBoundingClientRect(); return { id: s.id, width: r.width, height: r.height, bars: s.querySelectorAll('rect.bar').length, drawn: Array.from(s.querySelectorAll('rect.bar')).filter(b => b.getBoundingClientRect().width > 0 && b.getBoundingClientRect().height > 0).length }; })"))!.AsArray();
        var byId = charts.ToDictionary(c => (string)c!["id"]!, c => c!);
        Assert.Equal(["chart-capacity", "chart-components", "chart-load", "chart-scores", "chart-unmatched"], byId.Keys.Order());
        foreach (var (id, chart) in byId)
        {
            Assert.True((double)chart["width"]! > 0 && (double)chart["height"]! > 0, $"{id} has no size: {chart.ToJsonString()}");
            Assert.True((int)chart["drawn"]! > 0, $"{id} drew no bar: {chart.ToJsonString()}");
        }

        Assert.Equal(10, (int)byId["chart-scores"]["bars"]!);

        // Labels fit: every text of every chart lies inside its chart, as the browser lays it out in its own font.
        var overflowing = (await browser.EvaluateAsync(
            "Array.from(document.querySelectorAll('svg.chart')).flatMap(s => { const w = s.viewBox.baseVal.width, h = s.viewBox.baseVal.height; return Array.from(s.querySelectorAll('text')).map(t => { const b = t.getBBox(); return { chart: s.id, text: t.textContent, left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height, w, h }; }).filter(b => b.left < 0 || b.right > b.w || b.top < 0 || b.bottom > b.h); })"))!.AsArray();
        Assert.True(overflowing.Count == 0, overflowing.ToJsonString());

        // Names beside ids, and the unmatched people listed with their reasons.
        var unmatchedRows = (int)(await browser.EvaluateAsync("document.querySelectorAll('#unmatched tbody tr').length"))!;
        Assert.Equal(10, unmatchedRows);

        // Sorting: a real click on the Score heading sorts ascending, a second click descending.
        var scoresBefore = await ColumnAsync(browser, 3);
        Assert.NotEqual(scoresBefore.Order(), scoresBefore);
        await ClickHeadingAsync(browser, "Score");
        await browser.WaitForAsync("document.querySelector('#matches th:nth-child(3)').getAttribute('aria-sort') === 'ascending'");
        var ascending = await ColumnAsync(browser, 3);
        Assert.Equal(scoresBefore.Order(), ascending);
        await ClickHeadingAsync(browser, "Score");
        await browser.WaitForAsync("document.querySelector('#matches th:nth-child(3)').getAttribute('aria-sort') === 'descending'");
        Assert.Equal(scoresBefore.OrderDescending(), await ColumnAsync(browser, 3));

        await ClickHeadingAsync(browser, "Mentee");
        await browser.WaitForAsync("document.querySelector('#matches th:nth-child(1)').getAttribute('aria-sort') === 'ascending'");
        var mentees = (await browser.EvaluateAsync("Array.from(document.querySelectorAll('#matches tbody tr')).map(r => r.cells[0].textContent)"))!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(mentees.Order(StringComparer.OrdinalIgnoreCase), mentees);

        // Self-contained: the only request is the page itself.
        var requests = browser.Events.Where(e => e.Method == "Network.requestWillBeSent").Select(e => (string)e.Params!["request"]!["url"]!).ToList();
        Assert.Equal([url], requests.Distinct());

        var screenshot = await browser.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        var png = Path.Combine(artefacts, "round-report.png");
        await File.WriteAllBytesAsync(png, Convert.FromBase64String((string)screenshot["data"]!));
        Assert.True(new FileInfo(png).Length > 10_000);
        output.WriteLine($"Report screenshot: {png}");
        Console.WriteLine($"Report screenshot: {png}");
    }

    private static async Task<List<double>> ColumnAsync(HeadlessChromium browser, int column) =>
        (await browser.EvaluateAsync($"Array.from(document.querySelectorAll('#matches tbody tr')).map(r => parseFloat(r.cells[{column - 1}].dataset.value))"))!
            .AsArray().Select(n => (double)n!).ToList();

    private static async Task ClickHeadingAsync(HeadlessChromium browser, string heading)
    {
        await browser.EvaluateAsync($"Array.from(document.querySelectorAll('#matches th')).find(h => h.textContent === '{heading}').scrollIntoView()");
        var box = (await browser.EvaluateAsync(
            $"(() => {{ const r = Array.from(document.querySelectorAll('#matches th')).find(h => h.textContent === '{heading}').getBoundingClientRect(); return {{ x: r.x + r.width / 2, y: r.y + r.height / 2 }}; }})()"))!;
        await browser.ClickAsync((double)box["x"]!, (double)box["y"]!);
    }
}
