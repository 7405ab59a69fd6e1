using System.Globalization;
using System.Net;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Testing;

namespace Mentoring.Operations.Tests;

/// <summary>The dashboard and the Prometheus endpoint are served when configured on, and absent by default.</summary>
public sealed class OperationsEndpointTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-ops-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_silo_with_the_dashboard_and_Prometheus_on_serves_both()
    {
        var settings = EmbeddedSilo("on");
        settings["Mentoring:Operations:Dashboard"] = "true";
        settings["Mentoring:Telemetry:Prometheus"] = "true";
        await using var silo = await InProcessSilo.StartAsync(settings);
        using var probe = new OperationsProbe(silo.OperationsAddress);

        var page = await probe.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html", page.Body, StringComparison.OrdinalIgnoreCase);

        // The dashboard's data comes from the cluster through its grains, so this proves it is wired to the silo.
        var stats = await Eventually.WaitAsync(() => probe.GetAsync("/dashboard/DashboardCounters"), r => r.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "dashboard counters");
        Assert.Contains("totalActiveHostCount", stats.Body, StringComparison.OrdinalIgnoreCase);

        var metrics = await Eventually.WaitAsync(
            () => probe.GetAsync("/metrics"),
            r => r.Status == HttpStatusCode.OK && r.Body.Contains("orleans_", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "Orleans metrics on /metrics");
        Assert.Contains("# TYPE", metrics.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).Status);
    }

    [Fact]
    public async Task By_default_a_silo_serves_health_but_neither_dashboard_nor_metrics()
    {
        await using var silo = await InProcessSilo.StartAsync(EmbeddedSilo("off"));
        using var probe = new OperationsProbe(silo.OperationsAddress);

        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).Status);
        await Eventually.WaitAsync(() => probe.GetAsync("/health/ready"), r => r.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readiness");
        Assert.Equal(HttpStatusCode.NotFound, (await probe.GetAsync("/dashboard/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await probe.GetAsync("/metrics")).Status);
    }

    private Dictionary<string, string?> EmbeddedSilo(string name) => MemberSettings.Embedded(Path.Combine(_dataDirectory, name));
}
