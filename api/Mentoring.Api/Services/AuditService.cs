using System.Globalization;
using Grpc.Core;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.AuditService: a tenant's admins read its audit log (the interceptor confines them to their own tenant).</summary>
public sealed class AuditService(IGrainFactory grains) : Contracts.V1.AuditService.AuditServiceBase
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var tenant = RequestRules.Tenant(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        long? before = null;
        if (request.PageToken.Length > 0)
        {
            if (!PageTokens.TryDecode(request.PageToken, request.Parent, out var decoded)
                || !decoded.StartsWith('s') || !long.TryParse(decoded.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                RequestRules.InvalidPageToken();
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
        response.AuditEntries.AddRange(page.Records.Select(AuditEntryProto.ToProto));
        return response;
    }
}
