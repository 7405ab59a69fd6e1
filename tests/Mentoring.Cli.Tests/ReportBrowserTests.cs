using System.Globalization;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Cli.Tests.Infrastructure;
using Mentoring.Contracts.V1;
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
        await File.WriteAllTextAsync(page, RoundReportPage.Render(SampleRound()));
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

    /// <summary>A finished round with varied scores, reasons, loads and unmatched reasons; deterministic.</summary>
    private static RoundReportInput SampleRound()
    {
        const string programme = "programmes/report-demo";
        var random = new Random(7);
        var components = new[] { "skills", "goals", "interests", "availability", "language", "seniority", "time_zone", "format", "organisation", "industry", "rank", "prior_engagement" };
        var matches = Enumerable.Range(0, MatchCount).Select(i =>
        {
            var match = new RoundMatch
            {
                Mentee = $"{programme}/participants/mentee-{(i * 17) % MatchCount:D3}",
                Mentor = $"{programme}/participants/mentor-{i % 12:D2}",
                Score = Math.Round(0.3 + random.NextDouble() * 0.65, 4),
                Reasons = { "offers 2 of 3 wanted skills: kotlin, sql", "both speak en", $"{i % 9 + 2} more years of experience" },
            };
            match.Breakdown.AddRange(components.Select(c => new ScoreComponentValue { Component = c, Value = Math.Round(random.NextDouble(), 3) }));
            return match;
        }).ToList();
        var round = new Round
        {
            Name = $"{programme}/rounds/spring",
            State = RoundState.Done,
            Scope = RoundScope.All,
            Solver = SolverMode.Optimal,
            RequestId = "spring",
            CreateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)),
            EndTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 1, 9, 0, 42, TimeSpan.Zero)),
            Progress = new RoundProgress { PairsScored = 600, PairsTotal = 600, Elapsed = Duration.FromTimeSpan(TimeSpan.FromSeconds(42)) },
            Report = new RoundReport
            {
                MenteeCount = 50, MentorCount = 12, MatchedCount = MatchCount, MatchRate = MatchCount / 50.0,
                TotalScore = matches.Sum(m => m.Score), MeanScore = matches.Average(m => m.Score), P10Score = 0.4, P50Score = 0.62, P90Score = 0.88,
                MentorLoadHistogram = { new MentorLoadBucket { MenteesPerMentor = 3, MentorCount = 4 }, new MentorLoadBucket { MenteesPerMentor = 4, MentorCount = 7 }, new MentorLoadBucket { MenteesPerMentor = 0, MentorCount = 1 } },
                UnmatchedByReason = { new UnmatchedReasonCount { Reason = "all feasible mentors were full", MenteeCount = 6 }, new UnmatchedReasonCount { Reason = "no shared language", MenteeCount = 4 } },
            },
        };
        var unmatched = Enumerable.Range(0, 10).Select(i => new UnmatchedMentee
        {
            Mentee = $"{programme}/participants/waiting-{i}", Reason = i < 6 ? "all feasible mentors were full" : "no shared language",
        }).ToList();
        var weights = new ScoreWeights { Skills = 3, Goals = 1, Interests = 0.5, Availability = 1, Language = 1, Seniority = 1, TimeZone = 0.5, Format = 0.5, Organisation = 0.5, Industry = 0.5, Rank = 1, PriorEngagement = 0.5 };
        var capacities = Enumerable.Range(0, 12).ToDictionary(i => $"{programme}/participants/mentor-{i:D2}", i => i < 6 ? 4 : 5);
        return new RoundReportInput(round, matches, unmatched, new Programme { Name = programme, DisplayName = "Report demo", Policy = new MatchingPolicy { Weights = weights } }, capacities);
    }
}
