using System.Diagnostics;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Reports;
using Mentoring.Synthetic;
using Microsoft.Playwright;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// The web console in a real browser (the distribution's Chromium, or MENTORING_CHROMIUM): imports a --mentees x
/// --mentors programme and a 1,000-person one as the same-run baseline, signs in, then opens each page of both
/// programmes <see cref="Loads"/> times and times it from navigation to the first row of its data on screen.
/// </summary>
public static class ConsoleScenario
{
    /// <summary>Times each page is opened, per programme.</summary>
    public const int Loads = 20;

    public static async Task RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var web = context.WebAddress
            ?? throw new InvalidOperationException("the console scenario needs the gateway's web address (--web with --target)");
        var options = context.Options;
        var large = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(options.Mentees, options.Mentors), ct);
        var small = await ProgrammeLoader.LoadAsync(context, new ProgrammeShape(800, 200), ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MENTORING_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web, Locale = "en-GB" })).NewPageAsync();
        await SignInAsync(page);

        context.Log.WriteLine($"console: {Loads} loads of each page at {web}, {options.Mentees + options.Mentors:N0}-person programme against a 1,000-person one");
        foreach (var (label, path, content) in Pages)
        {
            var measured = await TimeAsync(page, $"console: {label}", path(large), content, ct);
            var baseline = await TimeAsync(page, $"console: {label}, 1,000-person programme", path(small), content, ct);
            context.Report.Latencies.Add(new LatencyComparison($"console: {label}", measured.Figures, baseline.Figures,
                "the same page of a 1,000-person programme, same run and browser"));
        }
    }

    // Each page, where it is, and what shows that its data has arrived (not only the page's frame).
    private static readonly (string Label, Func<LoadedProgramme, string> Path, string Content)[] Pages =
    [
        ("programmes list", _ => "/", "main tbody tr"),
        ("programme", p => "/" + p.Name, "main dl dd"),
        ("participants, first page", p => $"/{p.Name}/participants", "main tbody tr"),
        ("participant profile", p => $"/{p.ParticipantName(p.Data.Mentees.First().Id)}", "main dl dd"),
        ("rounds", p => $"/{p.Name}/rounds", "main h1"),
    ];

    private static async Task SignInAsync(IPage page)
    {
        // Authentication is off on the topologies the harness starts: the gateway accepts any key, as the console asks it to.
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Tenant").FillAsync("load-tests");
        await page.GetByLabel("API key").FillAsync("authentication-is-off");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Programmes", Level = 1 }).WaitForAsync();
    }

    private static async Task<(OperationFigures Figures, LatencyRecorder Recorder)> TimeAsync(
        IPage page, string name, string path, string content, CancellationToken ct)
    {
        var recorder = new LatencyRecorder(name);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Loads; i++)
        {
            ct.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            try
            {
                await page.GotoAsync(path);
                await page.Locator(content).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
                recorder.RecordSuccess((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
            catch (TimeoutException)
            {
                recorder.RecordError("TIMEOUT");
            }
        }

        return (recorder.Summarise(clock.Elapsed), recorder);
    }
}
