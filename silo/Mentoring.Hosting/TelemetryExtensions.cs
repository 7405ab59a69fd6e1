using Mentoring.Abstractions.Telemetry;
using Mentoring.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Mentoring.Hosting;

/// <summary>
/// Traces from the incoming gRPC call through every grain call down to storage, metrics (Orleans, ASP.NET Core, the
/// runtime, Mentoring's own) and logs that carry trace and span ids; exported over OTLP and/or Prometheus when enabled,
/// and spans also to standard output when asked (Mentoring:Telemetry:Console). Spans are recorded only while one of
/// those exporters (or Mentoring:Telemetry:Traces, for one added in code) takes them.
/// </summary>
public static class TelemetryExtensions
{
    public const string ServiceName = "mentoring";

    /// <summary>The meter Orleans records its runtime metrics on.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    public static IHostApplicationBuilder AddMentoringTelemetry(this IHostApplicationBuilder builder, MentoringOptions options)
    {
        // Every log line written inside a span carries its trace and span ids (as a scope for console and JSON output).
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName));

        // No tracer without an exporter: a listener alone makes Orleans, ASP.NET Core and Npgsql record every span
        // (several per imported participant), all of it garbage.
        if (options.Telemetry.RecordsTraces)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(ActivitySources.AllActivitySourceName, MentoringInstrumentation.Name, SqliteSpans.SourceName)
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !OperationsEndpoints.IsOperationsPath(context.Request.Path))
                    .AddNpgsql();
                if (options.Telemetry.Console)
                {
                    tracing.AddConsoleExporter();
                }
            });
        }

        telemetry
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(OrleansMeter, MentoringInstrumentation.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (options.Telemetry.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });

        if (options.Telemetry.Otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
