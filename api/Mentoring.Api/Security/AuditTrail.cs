using Grpc.Core;
using Mentoring.Abstractions.Security;

namespace Mentoring.Api.Security;

/// <summary>Appends audit records to the tenant's durable log: names and status codes only, never request contents.</summary>
public sealed class AuditTrail(IGrainFactory grains, TimeProvider clock)
{
    public Task RecordAsync(string tenant, Caller caller, string method, string resource, StatusCode outcome, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(tenant)).AppendAsync(
            new AuditRecord(clock.GetUtcNow(), caller.Actor, method.TrimStart('/'), resource, OutcomeName(outcome)),
            cancellationToken);

    /// <summary>"NOT_FOUND" rather than "NotFound", as gRPC documents its codes.</summary>
    public static string OutcomeName(StatusCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) && char.IsLower(code.ToString()[i - 1]) ? "_" + c : c.ToString())).ToUpperInvariant();
}
