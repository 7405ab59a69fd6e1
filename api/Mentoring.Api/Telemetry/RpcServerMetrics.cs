using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Grpc.AspNetCore.Server;
using Mentoring.Abstractions.Telemetry;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Mentoring.Api.Telemetry;

/// <summary>
/// <c>rpc.server.duration</c> of the OpenTelemetry RPC conventions (milliseconds) on the <c>Mentoring</c> meter: each
/// gRPC call by <c>rpc.service</c>, <c>rpc.method</c> and <c>rpc.grpc.status_code</c>. The code is the one the response
/// carries, so a call refused anywhere (rate limiter, authorization interceptor, service) counts as refused, not as the
/// HTTP 200 every gRPC response is. Runs first in the pipeline, to see what the rate limiter answers too.
/// </summary>
public sealed class RpcServerMetrics : IMiddleware
{
    private const string StatusKey = "grpc-status";

    private readonly Histogram<double> _duration;

    public RpcServerMetrics(IMeterFactory meters) =>
        _duration = meters.Create(MentoringInstrumentation.Name).CreateHistogram<double>(
            "rpc.server.duration", "ms", "Duration of inbound gRPC calls, by gRPC status code.");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var tags = new TagList { { "rpc.system", "grpc" }, { "rpc.grpc.status_code", GrpcStatus(context) } };
            if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method is { } method)
            {
                tags.Add("rpc.service", method.ServiceName);
                tags.Add("rpc.method", method.Name);
            }

            _duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }

    // In the trailers, or in the headers of a trailers-only response (an error before any message); UNKNOWN without one.
    private static int GrpcStatus(HttpContext context)
    {
        var status = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers[StatusKey] ?? StringValues.Empty;
        if (StringValues.IsNullOrEmpty(status))
        {
            status = context.Response.Headers[StatusKey];
        }

        return int.TryParse((string?)status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : (int)Grpc.Core.StatusCode.Unknown;
    }
}
