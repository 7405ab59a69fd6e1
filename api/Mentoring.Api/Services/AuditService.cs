using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Errors;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.AuditService: a tenant's admins read its audit log (the interceptor confines them to their own tenant).</summary>
public sealed class AuditService(IGrainFactory grains) : Contracts.V1.AuditService.AuditServiceBase
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        if (!ApiKeyNames.TryParseTenant(request.Parent, out var tenant))
        {
            RpcErrors.InvalidArgument("parent", "must be \"tenants/{tenant}\" with a valid id");
        }

        var pageSize = ProgrammeService.PageSize(request.PageSize);
        long? before = null;
        if (request.PageToken.Length > 0)
        {
            if (!PageTokens.TryDecode(request.PageToken, request.Parent, out var decoded)
                || !decoded.StartsWith('s') || !long.TryParse(decoded.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                RpcErrors.InvalidArgument("page_token", "is not a token this service issued for this parent");
                return null!;
            }

            before = sequence;
        }

        var page = await grains.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(tenant)).ListAsync(before, pageSize, context.CancellationToken);
        var response = new ListAuditEntriesResponse
        {
            // Sequence numbers are all digits, which page tokens only carry as ids: prefix them.
            NextPageToken = page.NextBefore is { } next ? PageTokens.Encode($"s{next.ToString(CultureInfo.InvariantCulture)}", request.Parent) : "",
        };
        response.AuditEntries.AddRange(page.Records.Select(ToProto));
        return response;
    }

    internal static AuditEntry ToProto(AuditRecord r) => new()
    {
        Time = Timestamp.FromDateTimeOffset(r.Time),
        Actor = r.Actor,
        Method = r.Method,
        Resource = r.Resource,
        Outcome = r.Outcome,
    };
}
