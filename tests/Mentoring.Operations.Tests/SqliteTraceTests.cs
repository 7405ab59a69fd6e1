using System.Diagnostics;
using System.Globalization;
using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Hosting;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Storage;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Mentoring.Operations.Tests;

/// <summary>
/// Microsoft.Data.Sqlite has no instrumentation of its own; on the embedded default an Orleans storage command shows as
/// the Orleans storage span (one ADO.NET command per read, write or clear) inside the caller's trace, and the
/// participants table's own SQL as the spans of <see cref="SqliteSpans"/>, which every host collects.
/// </summary>
public sealed class SqliteTraceTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-sqlite-trace", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_grain_write_on_SQLite_is_a_storage_span_in_the_callers_trace()
    {
        var spans = new SynchronizedList<Activity>();
        await using var silo = await InProcessSilo.StartAsync(
            new Dictionary<string, string?>
            {
                ["Mentoring:DataDirectory"] = _dataDirectory,
                ["Mentoring:Storage:Engine"] = "Sqlite",
                ["Mentoring:Cluster:Clustering"] = "Localhost",
                ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
                ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
                ["Mentoring:Telemetry:Traces"] = "true",
            },
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var caller = new ActivitySource("Mentoring.Operations.Tests");
        var grains = silo.Services.GetRequiredService<IGrainFactory>();

        ActivityTraceId traceId;
        using (var listener = new ActivityListener { ShouldListenTo = s => s == caller, Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded })
        {
            ActivitySource.AddActivityListener(listener);
            using var call = caller.StartActivity("create programme")!;
            traceId = call.TraceId;
            await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme("sqlite-traced"))
                .CreateAsync(new Programme { Id = "sqlite-traced", DisplayName = "Traced", Taxonomy = ["kotlin"] });
        }

        Assert.True(silo.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        var trace = spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
        var names = string.Join(", ", trace.Select(s => $"{s.Source.Name}:{s.DisplayName}"));
        Assert.True(trace.Any(s => s.DisplayName.Contains("IProgrammeGrain", StringComparison.Ordinal)), names);
        Assert.True(trace.Any(s => s.Source.Name == "Microsoft.Orleans.Storage" && s.DisplayName.Contains("write", StringComparison.Ordinal)), names);
    }

    [Fact]
    public async Task Every_hosts_tracer_collects_the_SQLite_spans_of_our_own_storage_code()
    {
        var spans = new SynchronizedList<Activity>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.AddMentoringTelemetry(new MentoringOptions { Telemetry = new TelemetrySettings { Traces = true } });
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        using var host = builder.Build();
        var tracer = host.Services.GetRequiredService<TracerProvider>();

        await SqliteSpans.TraceAsync("SELECT", "mentoring_participants", () => Task.FromResult(0));

        Assert.True(tracer.ForceFlush(10_000));
        Assert.Contains(spans.Snapshot(), s => s.Source.Name == SqliteSpans.SourceName && s.DisplayName == "SELECT mentoring_participants");
    }
}
