using Mentoring.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace Mentoring.Operations.Tests;

/// <summary>Spans are recorded only while something exports them; with no exporter there is no tracer to feed.</summary>
public sealed class TraceRecordingTests
{
    [Fact]
    public void With_no_exporter_there_is_no_tracer()
    {
        var telemetry = new MentoringOptions().Telemetry;

        Assert.False(telemetry.RecordsTraces);
        Assert.Null(Tracer(telemetry));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Otlp_the_console_exporter_or_Traces_turn_the_tracer_on(bool otlp, bool console, bool traces)
    {
        var telemetry = new TelemetrySettings { Otlp = otlp, Console = console, Traces = traces };

        Assert.True(telemetry.RecordsTraces);
        Assert.NotNull(Tracer(telemetry));
    }

    private static TracerProvider? Tracer(TelemetrySettings telemetry)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.AddMentoringTelemetry(new MentoringOptions { Telemetry = telemetry });
        using var host = builder.Build();
        return host.Services.GetService<TracerProvider>();
    }
}
