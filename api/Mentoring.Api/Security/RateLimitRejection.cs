using System.Threading.RateLimiting;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Mentoring.Api.Security;

/// <summary>
/// Answers a call the rate limiter refused as gRPC does: a trailers-only response with RESOURCE_EXHAUSTED and a
/// google.rpc.RetryInfo saying when the bucket has a token again (the middleware would otherwise send HTTP 429); a REST
/// call gets HTTP 429 with that status as JSON.
/// </summary>
public static class RateLimitRejection
{
    private const int ResourceExhausted = (int)Code.ResourceExhausted;

    public static Task WriteAsync(HttpContext http, RateLimitLease lease, TimeSpan fallbackDelay)
    {
        var delay = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : fallbackDelay;
        var message = $"Rate limit of this tenant exceeded; retry in {Math.Ceiling(delay.TotalSeconds)} s.";
        var status = new Google.Rpc.Status
        {
            Code = ResourceExhausted,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) }) },
        };

        var response = http.Response;
        if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            // A transcoded REST call: HTTP 429 with the status as JSON, the way JsonTranscoding answers its own errors.
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = Math.Ceiling(delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.ContentType = "application/json; charset=utf-8";
            return response.WriteAsync(StatusJson.Format(status));
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ResourceExhausted.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
        return Task.CompletedTask;
    }
}
