using System.Globalization;
using Grpc.Core;
using Mentoring.Abstractions.Mail;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.DevMailboxService: a programme's messages kept while no SMTP server is configured.</summary>
public sealed class DevMailboxService(IGrainFactory grains) : Contracts.V1.DevMailboxService.DevMailboxServiceBase
{
    public override async Task<ListDevMessagesResponse> ListDevMessages(ListDevMessagesRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        var offset = 0;
        // Offsets are all digits, which page tokens only carry as ids: prefixed.
        if (RequestRules.AfterId(request.PageToken, request.Parent) is { } after
            && (!after.StartsWith('o') || !int.TryParse(after.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            RequestRules.InvalidPageToken();
        }

        await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken);
        var page = await grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(offset, pageSize, context.CancellationToken);
        var response = new ListDevMessagesResponse
        {
            NextPageToken = page.NextOffset is { } next ? PageTokens.Encode($"o{next.ToString(CultureInfo.InvariantCulture)}", request.Parent) : "",
        };
        response.DevMessages.AddRange(page.Messages.Select(DevMessageProto.ToProto));
        return response;
    }
}
