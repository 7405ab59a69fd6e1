using System.Collections.Concurrent;
using System.Globalization;
using Mentoring.Abstractions;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Operations.Tests;

/// <summary>With Mentoring:Telemetry:Otlp on, a silo sends traces, metrics and logs where the standard OTEL_* settings say.</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-otlp-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, int> _received = new(StringComparer.Ordinal);
    private int _collectorPort;
    private WebApplication? _collector;

    public async Task InitializeAsync()
    {
        // A stand-in collector: accepts OTLP/HTTP posts and counts them by signal.
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _collector = builder.Build();
        _collector.MapPost("/v1/{signal}", (string signal, HttpContext context) =>
        {
            _received.AddOrUpdate(signal, 1, (_, count) => count + 1);
            context.Response.ContentType = "application/x-protobuf";
            return Results.Ok();
        });
        await _collector.StartAsync();
        _collectorPort = new Uri(_collector.Urls.Single()).Port;
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_silo_with_OTLP_on_exports_traces_metrics_and_logs_to_the_OTEL_endpoint()
    {
        await using var silo = await InProcessSilo.StartAsync(Settings(otlp: true));

        // Something of each signal: a grain call (spans and Orleans metrics) and a log line, through the silo's own pipeline.
        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProgrammeGrain>(GrainKeys.Programme("otlp")).GetAsync();
        silo.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mentoring.Operations.Tests").LogWarning("A log line for the collector");

        await Eventually.WaitAsync(
            () => Task.FromResult(_received.Keys.Order().ToArray()),
            signals => signals.SequenceEqual(["logs", "metrics", "traces"]),
            TimeSpan.FromSeconds(60),
            "OTLP posts of every signal");
    }

    [Fact]
    public async Task A_silo_with_OTLP_off_sends_nothing()
    {
        await using (var silo = await InProcessSilo.StartAsync(Settings(otlp: false)))
        {
            using var probe = new OperationsProbe(silo.OperationsAddress);
            await Eventually.WaitAsync(() => probe.GetAsync("/health/ready"), r => r.Status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readiness");
        }

        // Disposing the silo flushes whatever exporters it has; with OTLP off there are none.
        Assert.Empty(_received);
    }

    private Dictionary<string, string?> Settings(bool otlp) => new()
    {
        ["Mentoring:DataDirectory"] = _dataDirectory,
        ["Mentoring:Storage:Engine"] = "Sqlite",
        ["Mentoring:Cluster:Clustering"] = "Localhost",
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
        ["Mentoring:Telemetry:Otlp"] = otlp ? "true" : "false",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{_collectorPort}",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
    };
}
