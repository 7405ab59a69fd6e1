using System.Text.Json;
using Mentoring.LoadTests.Cli;
using Mentoring.Testing;

namespace Mentoring.LoadTests.Tests;

/// <summary>
/// The two delivery scenarios of issue #16 at a tiny scale, each on a single node the harness starts itself (it points
/// the node at its own receivers), and the mail across a killed silo on a two-silo cluster (PostgreSQL from
/// MENTORING_TEST_POSTGRES): every change and every match side is counted at the receiver. Timings are never asserted.
/// </summary>
public sealed class DeliveryScenarioTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mentoring-loadtest-delivery", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Webhooks_times_each_change_to_its_delivery_at_the_harness_receiver_and_loses_none()
    {
        var json = await RunAsync("webhooks", "--mentees", "800", "--mentors", "200", "--event-rate", "10", "--event-seconds", "5", "--drain-seconds", "60");

        var delivery = Assert.Single(json.GetProperty("latencies").EnumerateArray(), l => l.GetProperty("operation").GetString() == "webhook delivery (participant.updated)");
        var measured = delivery.GetProperty("measured");
        Assert.Equal(50, measured.GetProperty("requests").GetInt64());
        Assert.Equal(50, measured.GetProperty("succeeded").GetInt64());
        Assert.True(measured.GetProperty("latency").GetProperty("p99Ms").GetDouble() > 0);
        Assert.Equal(50, delivery.GetProperty("baseline").GetProperty("succeeded").GetInt64());
        var counts = Assert.Single(json.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(60, counts.GetProperty("expected").GetInt64());
        Assert.Equal(60, counts.GetProperty("distinct").GetInt64());
        Assert.Equal(0, counts.GetProperty("lost").GetInt64());
        Assert.Equal(0, counts.GetProperty("unexpected").GetInt64());
        Assert.StartsWith("0 bad signatures", counts.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_counts_every_match_sides_message_of_a_published_round_at_aiosmtpd()
    {
        var json = await RunAsync("mail", "--mentees", "800", "--mentors", "200", "--drain-seconds", "60");

        var counts = Assert.Single(json.GetProperty("deliveries").EnumerateArray());
        var expected = counts.GetProperty("expected").GetInt64();
        Assert.True(expected > 0);
        Assert.Equal(expected, counts.GetProperty("distinct").GetInt64());
        Assert.Equal(0, counts.GetProperty("lost").GetInt64());
        Assert.Equal(0, counts.GetProperty("unexpected").GetInt64());
        Assert.True(counts.GetProperty("perSecond").GetDouble() > 0);
        Assert.Contains(json.GetProperty("timings").EnumerateArray(), t => t.GetProperty("name").GetString()!.StartsWith("mail: round done -> last message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mail_across_a_silo_killed_and_restarted_midway_loses_no_message_and_reports_the_restart()
    {
        var json = await RunAsync("mail", "--mentees", "800", "--mentors", "200", "--topology", "cluster",
            "--postgres", PostgresFixture.ServerConnectionString(), "--restart-silo-at", "0.5", "--drain-seconds", "180");

        var counts = Assert.Single(json.GetProperty("deliveries").EnumerateArray());
        var expected = counts.GetProperty("expected").GetInt64();
        Assert.Equal(expected, counts.GetProperty("distinct").GetInt64());
        Assert.Equal(0, counts.GetProperty("lost").GetInt64());
        Assert.Contains(" killed after ", counts.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("processes").EnumerateArray(), p => p.GetProperty("name").GetString()!.EndsWith("-restarted", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<JsonElement> RunAsync(string scenario, params string[] arguments)
    {
        string[] args = [scenario, .. arguments, "--out", Path.Combine(_directory, scenario)];
        var result = await HarnessRun.RunAsync(HarnessOptionsParser.Parse(args), string.Join(' ', args), TextWriter.Null, CancellationToken.None);

        Assert.Contains("## Deliveries", await File.ReadAllTextAsync(result.MarkdownPath), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(result.JsonPath));
        var json = document.RootElement.Clone();
        Assert.True(json.GetProperty("failure").ValueKind == JsonValueKind.Null, json.GetProperty("failure").ToString());
        return json;
    }
}
