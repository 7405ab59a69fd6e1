using System.Diagnostics;
using Grpc.Net.Client;
using Mentoring.Abstractions.Telemetry;
using Mentoring.Contracts.V1;
using Mentoring.Hosting;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Runtime;

namespace Mentoring.Operations.Tests;

/// <summary>
/// Two silos and a client-mode gateway, each built by the product's own hosting code, in one process whose telemetry
/// goes to in-memory exporters: one StartRound call is one trace, and the custom metrics are recorded.
/// </summary>
public sealed class EndToEndTelemetryTests(PostgresFixture database) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private const int Mentors = 20;
    private const int Mentees = 40;

    private readonly SynchronizedList<Activity> _spans = new();
    private readonly SynchronizedList<MetricSnapshot> _metrics = new();
    private readonly SynchronizedList<LogRecord> _logs = new();
    private readonly List<InProcessSilo> _silos = [];
    private InProcessGateway? _gateway;
    private GrpcChannel? _channel;

    private InProcessGateway Gateway => _gateway!;

    private GrpcChannel Channel => _channel!;

    public async Task InitializeAsync()
    {
        var clusterId = "telemetry-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 2; i++)
        {
            var settings = MemberSettings.Silo(database.ConnectionString, clusterId);

            // Small slices, so that even this small round fans out to many work items over both silos.
            settings["Mentoring:Rounds:MenteeBatch"] = "8";
            settings["Mentoring:Rounds:MentorBatch"] = "8";
            settings["Mentoring:Rounds:MaxConcurrentWorkItems"] = "4";
            _silos.Add(await InProcessSilo.StartAsync(settings, services =>
                services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(_logs))));
        }

        // Activity and meter listeners see the whole process, so the gateway's exporters receive every host's spans and
        // measurements exactly once; its metric reader exports only when flushed.
        var gatewaySettings = MemberSettings.ClientGateway(database.ConnectionString, clusterId);
        gatewaySettings["Mentoring:Telemetry:Traces"] = "true";
        _gateway = new InProcessGateway(gatewaySettings, services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics, reader =>
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = Timeout.Infinite));
        });
        _channel = Gateway.CreateChannel();

        var management = Gateway.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
        await Eventually.WaitAsync(() => management.GetHosts(onlyActive: true), hosts => hosts.Count == 2, TimeSpan.FromSeconds(60), "two active silos");
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task One_StartRound_call_is_one_trace_from_the_gateway_through_the_coordinator_and_work_items_on_both_silos_to_storage()
    {
        var programme = await Population.CreateAsync(Channel, "traced", Mentors, Mentees);
        var rounds = new RoundService.RoundServiceClient(Channel);

        var started = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme, RequestId = "traced-round", Scope = RoundScope.All });
        var done = await WaitDoneAsync(rounds, started.Name);
        FlushTraces();

        var spans = _spans.Snapshot();
        var call = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore" && Describes(s, "StartRound"));
        var trace = spans.Where(s => s.TraceId == call.TraceId).ToList();
        var names = string.Join(", ", trace.Select(s => $"{s.Source.Name}:{s.DisplayName}").Distinct());

        Assert.True(trace.Any(s => s.DisplayName.Contains("IProgrammeRoundsGrain", StringComparison.Ordinal)), names);
        Assert.True(trace.Any(s => s.DisplayName.Contains("IRoundCoordinatorGrain", StringComparison.Ordinal)), names);
        var round = Assert.Single(trace, s => s.Source.Name == MentoringInstrumentation.Name && s.DisplayName == "round");
        Assert.Equal(started.Name.Split('/')[^1], round.GetTagItem("mentoring.round"));

        var workItems = trace.Where(s => s.Source.Name == MentoringInstrumentation.Name && s.DisplayName == "score slice").ToList();
        Assert.True(workItems.Count >= 10, $"{workItems.Count} work items in the trace: {names}");
        var silos = _silos.Select(s => s.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString()).Order().ToArray();
        Assert.Equal(silos, workItems.Select(s => (string)s.GetTagItem("mentoring.silo")!).Distinct().Order().ToArray());
        Assert.All(workItems, w => Assert.True(IsDescendantOf(w, round, trace), $"{w.DisplayName} is not under the round span"));

        Assert.True(trace.Any(s => s.Source.Name == "Npgsql"), $"no Npgsql command in the trace: {names}");
        Assert.True(trace.Any(s => s.Source.Name == "Microsoft.Orleans.Storage" && s.DisplayName.Contains("write", StringComparison.Ordinal)), names);

        // Logs written inside the round carry its trace.
        var scoredLog = _logs.Snapshot().Where(l => l.FormattedMessage?.Contains("scored", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(scoredLog, l => l.TraceId == call.TraceId && l.SpanId != default);
        Assert.Equal(RoundState.Done, done.State);
    }

    [Fact]
    public async Task Rounds_recommendations_and_imports_record_the_Mentoring_metrics()
    {
        var programme = await Population.CreateAsync(Channel, "measured", Mentors, Mentees);
        var rounds = new RoundService.RoundServiceClient(Channel);
        var started = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme, RequestId = "measured-round", Scope = RoundScope.All });
        var done = await WaitDoneAsync(rounds, started.Name);
        var recommended = await new RecommendationService.RecommendationServiceClient(Channel)
            .RecommendMentorsAsync(new RecommendMentorsRequest { Mentee = Population.MenteeName(programme, 0), MaxResults = 3 });
        Assert.NotEmpty(recommended.Recommendations);

        _metrics.Clear();
        Assert.True(Gateway.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        var metrics = _metrics.Snapshot();

        var phases = Points(metrics, "mentoring.round.phase.duration").Select(p => Tag(p, "phase")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "snapshot", "scoring", "solving", "publishing" }, phases);
        Assert.Equal(done.Progress.PairsScored, Points(metrics, "mentoring.round.pairs_scored").Sum(p => p.GetSumLong()));
        Assert.Equal((long)Mentors * Mentees, done.Progress.PairsScored);
        Assert.True(Points(metrics, "mentoring.round.scoring.rate").Sum(p => p.GetHistogramCount()) >= 1);
        var matchRate = Assert.Single(Points(metrics, "mentoring.round.match_rate"));
        Assert.Equal(1, matchRate.GetHistogramCount());
        Assert.Equal(done.Report.MatchRate, matchRate.GetHistogramSum(), precision: 9);
        Assert.Equal(0, Points(metrics, "mentoring.round.active").Sum(p => p.GetSumLong()));
        Assert.Contains(Points(metrics, "mentoring.round.finished"), p => Tag(p, "phase") == "done" && p.GetSumLong() == 1);
        Assert.True(Points(metrics, "mentoring.recommendations.duration").Sum(p => p.GetHistogramCount()) >= 1);
        Assert.Equal(Mentors + Mentees, Points(metrics, "mentoring.import.participants").Where(p => Tag(p, "outcome") == "created").Sum(p => p.GetSumLong()));
        Assert.Equal(1, Points(metrics, "mentoring.import.rate").Sum(p => p.GetHistogramCount()));

        // The other meters are wired too: Orleans', ASP.NET Core's and the runtime's.
        Assert.Contains(metrics, m => m.MeterName == TelemetryExtensions.OrleansMeter);
        Assert.Contains(metrics, m => m.MeterName.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.MeterName == "System.Runtime" || m.MeterName.StartsWith("OpenTelemetry.Instrumentation.Runtime", StringComparison.Ordinal));
    }

    private static async Task<Round> WaitDoneAsync(RoundService.RoundServiceClient rounds, string name) =>
        await Eventually.WaitAsync(
            async () => await rounds.GetRoundAsync(new GetRoundRequest { Name = name }),
            r => r.State is RoundState.Done or RoundState.Failed or RoundState.Cancelled,
            TimeSpan.FromMinutes(2),
            "the round to end") is { State: RoundState.Done } round
            ? round
            : throw new Xunit.Sdk.XunitException("The round did not end done.");

    private void FlushTraces() => Assert.True(Gateway.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

    private static bool Describes(Activity span, string method) =>
        span.DisplayName.Contains(method, StringComparison.Ordinal)
        || (span.GetTagItem("url.path") as string)?.Contains(method, StringComparison.Ordinal) == true;

    private static bool IsDescendantOf(Activity span, Activity ancestor, List<Activity> trace)
    {
        var byId = trace.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        for (var parent = span.ParentSpanId; parent != default; parent = byId.TryGetValue(parent, out var p) ? p.ParentSpanId : default)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    private static List<MetricPoint> Points(MetricSnapshot[] metrics, string name)
    {
        var points = metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).ToList();
        Assert.True(points.Count > 0, $"{name} was not recorded");
        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
