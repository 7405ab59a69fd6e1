using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mentoring.Hosting;

/// <summary>Traces and metrics from gRPC through Orleans to Npgsql; exported over OTLP when enabled.</summary>
public static class TelemetryExtensions
{
    public const string ServiceName = "mentoring";

    public static IHostApplicationBuilder AddMentoringTelemetry(this IHostApplicationBuilder builder, MentoringOptions options)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", MentoringTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.Orleans", MentoringTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation());

        if (options.Telemetry.Otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
