using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.ParticipantService: validates, maps, and calls the participant and programme grains.</summary>
public sealed class ParticipantService(IGrainFactory grains, ParticipantImport import) : Contracts.V1.ParticipantService.ParticipantServiceBase
{
    private const int WriteAttempts = 3;

    public override async Task<Participant> CreateParticipant(CreateParticipantRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var programme = (await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken)).Programme;
        if (request.Participant is null)
        {
            RpcErrors.InvalidArgument("participant", "is required");
        }

        var input = ParticipantInput.Validate(request.Participant, programme, request.ParticipantId, "participant_id");
        if (!input.IsValid)
        {
            RpcErrors.InvalidArgument(input.Violations);
        }

        var result = await Grain(programme.Id, request.ParticipantId)
            .WriteAsync(input.Value, WriteMode.Create, null, context.CancellationToken);
        return ParticipantProto.ToProto(WriteStatusCheck.Succeeded(result, ResourceNames.Participant(programme.Id, request.ParticipantId)));
    }

    public override async Task<Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context)
    {
        var (programmeId, participantId) = RequestRules.Participant(request.Name, "name");
        var snapshot = await Grain(programmeId, participantId).GetAsync(context.CancellationToken);
        if (snapshot is null)
        {
            RpcErrors.NotFound(request.Name);
        }

        return ParticipantProto.ToProto(snapshot);
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        Domain.ParticipantRole? role = request.Role == ParticipantRole.Unspecified ? null : RoleMapper.ToDomain(request.Role);
        if (role is not null && !System.Enum.IsDefined(role.Value))
        {
            RpcErrors.InvalidArgument("role", "must be a known role");
        }

        if (Domain.ParticipantSearch.Problem(request.Query) is { } problem)
        {
            RpcErrors.InvalidArgument("query", problem);
        }

        // "ids": tokens of the keyset listing; those of the earlier shard-by-shard listing are refused. A query has its own tokens.
        var scope = request.Query.Length == 0 ? $"{request.Parent}|{request.Role}|ids" : $"{request.Parent}|{request.Role}|ids|{request.Query}";
        var cursor = ParticipantCursor.Start;
        if (request.PageToken.Length > 0)
        {
            if (!PageTokens.TryDecode(request.PageToken, scope, out var decoded) || !TryParseCursor(decoded, out cursor))
            {
                RequestRules.InvalidPageToken("is not a token this service issued for this parent, role and query");
            }
        }

        // One call: the programme grain answers whether the programme exists with the page.
        var page = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId))
            .ListParticipantsAsync(cursor, pageSize, role, request.Query.Length == 0 ? null : request.Query, context.CancellationToken);
        if (page.ProgrammeMissing)
        {
            RpcErrors.NotFound(ResourceNames.Programme(programmeId));
        }

        var response = new ListParticipantsResponse
        {
            NextPageToken = page.Next is { AfterId: { } afterId } ? PageTokens.Encode(afterId, scope) : "",
        };
        response.Participants.AddRange(page.Participants.Select(ParticipantProto.ToProto));
        return response;
    }

    public override async Task<Participant> UpdateParticipant(UpdateParticipantRequest request, ServerCallContext context)
    {
        if (request.Participant is null)
        {
            RpcErrors.InvalidArgument("participant", "is required");
        }

        var (programmeId, participantId) = RequestRules.Participant(request.Participant.Name, "participant.name");
        var name = request.Participant.Name;
        var programme = (await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken, name)).Programme;
        var grain = Grain(programmeId, participantId);
        var callerEtag = request.Participant.Etag;

        for (var attempt = 1; ; attempt++)
        {
            var existing = await grain.GetAsync(context.CancellationToken);
            if (existing is null && !request.AllowMissing)
            {
                RpcErrors.NotFound(name);
            }

            var basis = existing is null ? new Participant { Name = name } : ParticipantProto.ToProto(existing);
            var merged = FieldMasks.Apply(basis, request.Participant, request.UpdateMask);
            if (!merged.IsValid)
            {
                RpcErrors.InvalidArgument(merged.Violations);
            }

            var input = ParticipantInput.Validate(merged.Value, programme, participantId, "participant.name");
            if (!input.IsValid)
            {
                RpcErrors.InvalidArgument(input.Violations);
            }

            // Without a caller etag, guard the read-merge-write with the etag we read, and retry a lost race.
            var expectedEtag = callerEtag.Length > 0 ? callerEtag : existing?.Etag;
            var mode = request.AllowMissing ? WriteMode.Upsert : WriteMode.Update;
            var result = await grain.WriteAsync(input.Value, mode, expectedEtag, context.CancellationToken);
            if (result.Status == WriteStatus.EtagMismatch && callerEtag.Length == 0 && attempt < WriteAttempts)
            {
                continue;
            }

            return ParticipantProto.ToProto(WriteStatusCheck.Succeeded(result, name));
        }
    }

    public override async Task<Empty> DeleteParticipant(DeleteParticipantRequest request, ServerCallContext context)
    {
        var (programmeId, participantId) = RequestRules.Participant(request.Name, "name");
        var erasure = await grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, participantId))
            .EraseAsync(request.Etag, context.CancellationToken);
        WriteStatusCheck.Succeeded(erasure.Status, request.Name);

        // The audit record of the erasure names the pseudonym: the log must not keep the id it just erased.
        AuditResource.Override(context, ResourceNames.Participant(programmeId, erasure.Pseudonym!));
        return new Empty();
    }

    public override Task<ImportParticipantsResponse> ImportParticipants(
        IAsyncStreamReader<ImportParticipantsRequest> requestStream, ServerCallContext context) =>
        import.RunAsync(requestStream, Caller.Of(context).Tenant, context.CancellationToken);

    private static bool TryParseCursor(string afterId, out ParticipantCursor cursor)
    {
        cursor = new ParticipantCursor(afterId);
        return Domain.ResourceIds.IsValid(afterId);
    }

    private IParticipantGrain Grain(string programmeId, string participantId) =>
        grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, participantId));
}
