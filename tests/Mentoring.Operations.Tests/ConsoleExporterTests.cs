using System.Diagnostics;
using Mentoring.Hosting;
using Mentoring.Operations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Mentoring.Operations.Tests;

/// <summary>Mentoring:Telemetry:Console writes finished spans to standard output; it is off unless asked for.</summary>
public sealed class ConsoleExporterTests
{
    private const string Source = "Mentoring.Operations.Tests.Console";

    [Fact]
    public void With_the_console_exporter_on_a_finished_span_is_written_to_standard_output()
    {
        var span = $"console-span-{Guid.NewGuid():N}";

        var output = RunSpan(new TelemetrySettings { Console = true }, span);

        Assert.Contains(span, output, StringComparison.Ordinal);
        Assert.Contains(Source, output, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_no_span_is_written_to_standard_output()
    {
        var span = $"console-span-{Guid.NewGuid():N}";

        var output = RunSpan(new MentoringOptions().Telemetry, span);

        Assert.DoesNotContain(span, output, StringComparison.Ordinal);
    }

    private static string RunSpan(TelemetrySettings telemetry, string span)
    {
        using var console = new ConsoleCapture();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.AddMentoringTelemetry(new MentoringOptions { Telemetry = telemetry });
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(Source));
        using (var host = builder.Build())
        {
            // Without an exporter there is no tracer at all (TraceRecordingTests).
            var tracer = host.Services.GetService<TracerProvider>();
            using var source = new ActivitySource(Source);
            source.StartActivity(span)?.Dispose();
            Assert.True(tracer?.ForceFlush(10_000) ?? true);
        }

        return console.Text;
    }
}
