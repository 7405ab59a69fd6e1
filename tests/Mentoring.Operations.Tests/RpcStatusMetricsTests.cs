using System.Globalization;
using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.Operations.Tests.Infrastructure;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Mentoring.Operations.Tests;

/// <summary>
/// <c>rpc.server.duration</c> carries each call's gRPC status code, whoever refused it: a service, the authorization
/// interceptor or the rate limiter. Every gRPC response is HTTP 200, so the HTTP metrics cannot tell these apart.
/// </summary>
public sealed class RpcStatusMetricsTests : IAsyncLifetime
{
    private const string Duration = "rpc.server.duration";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-rpc-metrics", Guid.NewGuid().ToString("N"));
    private readonly SynchronizedList<MetricSnapshot> _metrics = new();

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
    public async Task Calls_a_service_refuses_are_recorded_with_their_status_code_and_a_call_it_answers_with_OK()
    {
        var settings = MemberSettings.Embedded(Path.Combine(_dataDirectory, "service"));
        settings["Mentoring:Auth:Enabled"] = "false";
        await using var gateway = Start(settings);
        using var channel = gateway.CreateChannel();
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);

        await programmes.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = "measured",
            Programme = new Programme { DisplayName = "Measured", Taxonomy = { "kotlin" } },
        });
        var missing = await Assert.ThrowsAsync<RpcException>(() => programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "programmes/missing" }).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = "not-a-name" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);

        var calls = await RecordedCallsAsync(gateway, expected: 3);
        Assert.Equal(1, Count(calls, "CreateProgramme", StatusCode.OK));
        Assert.Equal(1, Count(calls, "GetProgramme", StatusCode.NotFound));
        Assert.Equal(1, Count(calls, "GetProgramme", StatusCode.InvalidArgument));
        Assert.All(calls, c => Assert.Equal("grpc", c.RpcSystem));
        Assert.All(calls, c => Assert.Equal("mentoring.v1.ProgrammeService", c.Service));
    }

    [Fact]
    public async Task Calls_refused_before_any_service_code_runs_are_recorded_with_their_status_code()
    {
        var settings = MemberSettings.Embedded(Path.Combine(_dataDirectory, "refused"));
        settings["Mentoring:RateLimits:Default:TokenLimit"] = "1";
        settings["Mentoring:RateLimits:Default:TokensPerPeriod"] = "1";
        settings["Mentoring:RateLimits:Default:ReplenishmentPeriod"] = "01:00:00";
        await using var gateway = Start(settings);
        using var channel = gateway.CreateChannel();
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);

        // No credential: the interceptor refuses the first call, and the bucket's only token is spent on it.
        var unauthenticated = await Assert.ThrowsAsync<RpcException>(() => programmes.ListProgrammesAsync(new ListProgrammesRequest()).ResponseAsync);
        var limited = await Assert.ThrowsAsync<RpcException>(() => programmes.ListProgrammesAsync(new ListProgrammesRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, unauthenticated.StatusCode);
        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);

        var calls = await RecordedCallsAsync(gateway, expected: 2);
        Assert.Equal(1, Count(calls, "ListProgrammes", StatusCode.Unauthenticated));
        Assert.Equal(1, Count(calls, "ListProgrammes", StatusCode.ResourceExhausted));
    }

    private InProcessGateway Start(Dictionary<string, string?> settings) =>
        new(settings, services => services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics, reader =>
            reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = Timeout.Infinite)));

    // The measurement is taken as the call's pipeline unwinds, which may be just after the client has its answer.
    private async Task<IReadOnlyList<RecordedCall>> RecordedCallsAsync(InProcessGateway gateway, int expected)
    {
        var meterProvider = gateway.Services.GetRequiredService<MeterProvider>();
        return await Eventually.WaitAsync(
            () =>
            {
                _metrics.Clear();
                Assert.True(meterProvider.ForceFlush(10_000));
                return RecordedCall.From(_metrics.Snapshot().Where(m => m.Name == Duration));
            },
            calls => calls.Sum(c => c.Count) >= expected,
            TimeSpan.FromSeconds(10),
            $"{expected} calls in {Duration}");
    }

    private static long Count(IEnumerable<RecordedCall> calls, string method, StatusCode status) =>
        calls.Where(c => c.Method == method && c.Status == ((int)status).ToString(CultureInfo.InvariantCulture)).Sum(c => c.Count);

    /// <summary>One point of the histogram: its tags and how many calls it counted.</summary>
    private sealed record RecordedCall(string? RpcSystem, string? Service, string? Method, string? Status, long Count)
    {
        public static IReadOnlyList<RecordedCall> From(IEnumerable<MetricSnapshot> metrics) =>
            metrics.SelectMany(m => m.MetricPoints).Select(p => new RecordedCall(
                Tag(p, "rpc.system"), Tag(p, "rpc.service"), Tag(p, "rpc.method"), Tag(p, "rpc.grpc.status_code"), p.GetHistogramCount())).ToList();

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
}
