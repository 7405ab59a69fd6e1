using System.Text.Json;
using Mentoring.LoadTests.Cli;

namespace Mentoring.LoadTests.Tests;

/// <summary>
/// Every scenario at a tiny scale (1,000 participants, a few seconds) against a real server: the reports are written,
/// carry the expected sections and count real calls. Timings are never asserted; they belong in docs/PERFORMANCE.md.
/// </summary>
public sealed class HarnessSmokeTests(SingleNodeServerFixture server) : IClassFixture<SingleNodeServerFixture>
{
    private static readonly string[] CommonSections =
        ["## Parameters", "## Programme", "## Latency (ms) against the same-run baseline", "## Durations against the same-run baseline",
         "## Errors by gRPC status code", "## Peak memory per process", "## Targets"];

    [Fact]
    public async Task Import_reports_the_imported_programme_against_the_echo_baseline()
    {
        var (json, markdown) = await RunAsync("import", "--participants", "1000");

        Assert.Equal(1_000, json.GetProperty("programmes")[0].GetProperty("participants").GetInt32());
        var import = Latency(json, "import");
        Assert.True(import.GetProperty("measured").GetProperty("succeeded").GetInt64() > 0);
        Assert.True(import.GetProperty("baseline").GetProperty("succeeded").GetInt64() > 0);
        Assert.Contains(json.GetProperty("timings").EnumerateArray(), t => t.GetProperty("name").GetString()!.StartsWith("bulk import of 1,000", StringComparison.Ordinal));
        Assert.Contains("ratio measured / baseline", markdown, StringComparison.Ordinal);

        // Three passes over one page of 1,000, every participant listed (a short listing would add a note).
        var listing = Latency(json, "list participants");
        Assert.Equal(3, listing.GetProperty("measured").GetProperty("succeeded").GetInt64());
        Assert.Equal(3, listing.GetProperty("baseline").GetProperty("succeeded").GetInt64());
        Assert.DoesNotContain(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("ListParticipants listed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Round_reports_both_rounds_next_to_the_in_process_engine()
    {
        var (json, markdown) = await RunAsync("round", "--mentees", "800", "--mentors", "200");

        var rounds = json.GetProperty("timings").EnumerateArray().Where(t => t.GetProperty("name").GetString()!.StartsWith("round ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rounds.Count);
        Assert.All(rounds, r =>
        {
            Assert.StartsWith("Done;", r.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(r.GetProperty("baselineSeconds").GetDouble() > 0);
            Assert.True(r.GetProperty("ratio").GetDouble() > 0);
        });
        Assert.Contains("in-process engine, cold", markdown, StringComparison.Ordinal);
        Assert.Contains("in-process engine, warm", markdown, StringComparison.Ordinal);
        Assert.Matches(@"Round '.+', in-process engine, cold: encoded in \d+ ms, scored in \d+ ms, solved in \d+ ms, explained in \d+ ms\.", markdown);
    }

    [Fact]
    public async Task Recommend_reports_recommendations_and_updates_against_echo_at_the_same_rate()
    {
        var (json, _) = await RunAsync("recommend", "--mentees", "200", "--mentors", "800", "--rate", "20", "--update-rate", "4", "--seconds", "3", "--baseline-seconds", "2");

        AssertOpenLoopCounts(Latency(json, "recommendations"), expectedRequests: 60, expectedBaselineRequests: 40);
        AssertOpenLoopCounts(Latency(json, "profile updates"), expectedRequests: 12, expectedBaselineRequests: 8);
    }

    [Fact]
    public async Task Recommend_with_a_warm_up_reports_it_apart_and_measures_only_the_seconds_after_it()
    {
        var (json, markdown) = await RunAsync("recommend", "--mentees", "200", "--mentors", "800", "--rate", "20", "--update-rate", "4",
            "--seconds", "3", "--baseline-seconds", "2", "--warmup-seconds", "2");

        AssertOpenLoopCounts(Latency(json, "recommendations"), expectedRequests: 60, expectedBaselineRequests: 40);
        AssertOpenLoopCounts(Latency(json, "recommendations, warm-up"), expectedRequests: 40, expectedBaselineRequests: 40);
        Assert.Contains("RecommendMentors, warm-up (not in the figures)", markdown, StringComparison.Ordinal);

        // The measured seconds only, per window: all 60 recommendations fall into the first 10 s window.
        var window = Assert.Single(json.GetProperty("windows").EnumerateArray());
        var recommendations = Assert.Single(window.GetProperty("operations").EnumerateArray(), o => o.GetProperty("name").GetString() == "RecommendMentors");
        Assert.Equal(60, recommendations.GetProperty("requests").GetInt64());
        Assert.Contains("## Windows", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_reports_interactive_traffic_and_a_round_run_during_it_against_the_same_round_alone()
    {
        var (json, _) = await RunAsync("mixed", "--mentees", "800", "--mentors", "200", "--rate", "20", "--update-rate", "4", "--seconds", "3", "--baseline-seconds", "2");

        AssertOpenLoopCounts(Latency(json, "recommendations"), expectedRequests: 60, expectedBaselineRequests: 40);
        var timings = json.GetProperty("timings").EnumerateArray().ToList();
        foreach (var label in new[] { "first after start, alone", "warm, alone", "dry run while recommendations" })
        {
            var round = Assert.Single(timings, t => t.GetProperty("name").GetString()!.Contains(label, StringComparison.Ordinal)
                && !t.GetProperty("name").GetString()!.StartsWith("round under traffic", StringComparison.Ordinal));
            Assert.StartsWith("Done;", round.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var underTraffic = Assert.Single(timings, t => t.GetProperty("name").GetString()!.StartsWith("round under traffic", StringComparison.Ordinal));
        Assert.Equal("Done under traffic, Done alone", underTraffic.GetProperty("detail").GetString());
        Assert.True(underTraffic.GetProperty("baselineSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Console_times_each_page_of_the_programme_against_the_same_page_of_a_small_one_in_a_browser()
    {
        var (json, markdown) = await RunAsync("console", "--mentees", "1500", "--mentors", "300", "--web", server.WebAddress);

        var pages = json.GetProperty("latencies").EnumerateArray()
            .Where(l => l.GetProperty("operation").GetString()!.StartsWith("console: ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["console: programmes list", "console: programme", "console: participants, first page", "console: participant profile", "console: rounds"],
            pages.Select(p => p.GetProperty("operation").GetString()));
        Assert.All(pages, p =>
        {
            Assert.Equal(20, p.GetProperty("measured").GetProperty("succeeded").GetInt64());
            Assert.Equal(20, p.GetProperty("baseline").GetProperty("succeeded").GetInt64());
        });
        Assert.Contains("console: participants, first page", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Soak_reports_windows_with_latencies_and_memory()
    {
        var (json, markdown) = await RunAsync("soak", "--mentees", "800", "--mentors", "200", "--rate", "20", "--update-rate", "4",
            "--seconds", "6", "--window", "3", "--round-every", "3", "--baseline-seconds", "2");

        var windows = json.GetProperty("windows").EnumerateArray().ToList();
        Assert.Equal(2, windows.Count);
        Assert.All(windows, w =>
        {
            Assert.Contains(w.GetProperty("operations").EnumerateArray(), o => o.GetProperty("requests").GetInt64() > 0);
            Assert.True(w.GetProperty("rssMb").GetProperty("gateway").GetDouble() > 0);
        });
        Assert.Contains(json.GetProperty("timings").EnumerateArray(), t => t.GetProperty("name").GetString()!.Contains("soak round 1", StringComparison.Ordinal));
        Assert.Contains("## Windows", markdown, StringComparison.Ordinal);
    }

    private static int s_runs;

    private async Task<(JsonElement Json, string Markdown)> RunAsync(string scenario, params string[] arguments)
    {
        // A directory per run: a second run of one scenario must not find the first run's echo-server address.
        var directory = server.ReportDirectory($"{scenario}-{Interlocked.Increment(ref s_runs)}");
        string[] args = [scenario, .. arguments, "--target", server.Target, "--watch", $"gateway={server.GatewayPid}", "--out", directory];
        var result = await HarnessRun.RunAsync(HarnessOptionsParser.Parse(args), string.Join(' ', args), TextWriter.Null, CancellationToken.None);

        Assert.True(File.Exists(result.JsonPath) && File.Exists(result.MarkdownPath));
        var markdown = await File.ReadAllTextAsync(result.MarkdownPath);
        Assert.All(CommonSections, section => Assert.Contains(section, markdown, StringComparison.Ordinal));
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(result.JsonPath));
        var json = document.RootElement.Clone();
        Assert.Equal(scenario, json.GetProperty("scenario").GetString());

        var processes = json.GetProperty("processes").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("peakRssMb").GetDouble());
        Assert.Contains("gateway", processes.Keys);
        Assert.Contains("echo-server", processes.Keys);
        Assert.Contains(processes.Keys, name => name.StartsWith("harness", StringComparison.Ordinal));
        Assert.All(processes.Values, peak => Assert.True(peak > 0));
        foreach (var latency in json.GetProperty("latencies").EnumerateArray())
        {
            var measured = latency.GetProperty("measured");
            Assert.True(measured.GetProperty("errorsByStatus").EnumerateObject().Count() == 0, $"{measured.GetProperty("name")} had errors: {measured.GetProperty("errorsByStatus")}");
        }

        return (json, markdown);
    }

    private static JsonElement Latency(JsonElement json, string operation) =>
        Assert.Single(json.GetProperty("latencies").EnumerateArray(), l => l.GetProperty("operation").GetString() == operation);

    private static void AssertOpenLoopCounts(JsonElement comparison, long expectedRequests, long expectedBaselineRequests)
    {
        var measured = comparison.GetProperty("measured");
        var baseline = comparison.GetProperty("baseline");
        Assert.Equal(expectedRequests, measured.GetProperty("requests").GetInt64());
        Assert.Equal(expectedRequests, measured.GetProperty("succeeded").GetInt64());
        Assert.Equal(expectedBaselineRequests, baseline.GetProperty("succeeded").GetInt64());
        foreach (var figures in new[] { measured, baseline })
        {
            var latency = figures.GetProperty("latency");
            Assert.True(latency.GetProperty("p50Ms").GetDouble() > 0);
            Assert.True(latency.GetProperty("maxMs").GetDouble() >= latency.GetProperty("p99Ms").GetDouble());
        }

        Assert.True(comparison.GetProperty("ratios").GetProperty("p99").GetDouble() > 0);
    }
}
