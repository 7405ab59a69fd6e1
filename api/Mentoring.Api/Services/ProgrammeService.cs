using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.ProgrammeService: validates, maps, and calls the programme grain.</summary>
public sealed class ProgrammeService(IGrainFactory grains) : Contracts.V1.ProgrammeService.ProgrammeServiceBase
{
    public override async Task<Contracts.V1.Programme> CreateProgramme(CreateProgrammeRequest request, ServerCallContext context)
    {
        if (request.Programme is null)
        {
            RpcErrors.InvalidArgument("programme", "is required");
        }

        var mapped = ProgrammeMapper.ToDomain(request.Programme, request.ProgrammeId);
        var violations = FieldViolations.Combine(mapped.Violations, ProgrammeValidator.Validate(mapped.Value))
            .Select(v => v.Field == "programme.id" ? v with { Field = "programme_id" } : v)
            .ToList();
        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        var result = await Grain(request.ProgrammeId).CreateAsync(mapped.Value, Caller.Of(context).Tenant, context.CancellationToken);
        return ProgrammeProto.ToProto(WriteStatusCheck.Succeeded(result, ResourceNames.Programme(request.ProgrammeId)));
    }

    public override async Task<Contracts.V1.Programme> GetProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Name, "name");
        return ProgrammeProto.ToProto(await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken));
    }

    public override async Task<ListProgrammesResponse> ListProgrammes(ListProgrammesRequest request, ServerCallContext context)
    {
        var pageSize = RequestRules.PageSize(request.PageSize);
        var afterId = RequestRules.AfterId(request.PageToken, "", "is not a token this service issued");
        var directory = grains.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(Caller.Of(context).Tenant));
        var page = await directory.ListAsync(afterId, pageSize, context.CancellationToken);
        var snapshots = await Task.WhenAll(page.ParticipantIds.Select(id => Grain(id).GetAsync(context.CancellationToken)));
        var response = new ListProgrammesResponse
        {
            NextPageToken = page.HasMore ? PageTokens.Encode(page.ParticipantIds[^1]) : "",
        };
        response.Programmes.AddRange(snapshots.OfType<ProgrammeSnapshot>().Select(ProgrammeProto.ToProto));
        return response;
    }

    public override async Task<Contracts.V1.Programme> UpdateProgramme(UpdateProgrammeRequest request, ServerCallContext context)
    {
        if (request.Programme is null)
        {
            RpcErrors.InvalidArgument("programme", "is required");
        }

        var programmeId = RequestRules.ProgrammeId(request.Programme.Name, "programme.name");
        var existing = await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken);
        var merged = FieldMasks.Apply(ProgrammeProto.ToProto(existing), request.Programme, request.UpdateMask);
        if (!merged.IsValid)
        {
            RpcErrors.InvalidArgument(merged.Violations);
        }

        var mapped = ProgrammeMapper.ToDomain(merged.Value, programmeId);
        var violations = FieldViolations.Combine(mapped.Violations, ProgrammeValidator.Validate(mapped.Value));
        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        var etag = request.Programme.Etag.Length > 0 ? request.Programme.Etag : existing.Etag;
        var result = await Grain(programmeId).UpdateAsync(mapped.Value, etag, context.CancellationToken);
        return ProgrammeProto.ToProto(WriteStatusCheck.Succeeded(result, ResourceNames.Programme(programmeId)));
    }

    public override async Task<Empty> DeleteProgramme(DeleteProgrammeRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Name, "name");
        var status = await Grain(programmeId).DeleteAsync(request.Etag, request.Force, context.CancellationToken);
        WriteStatusCheck.Succeeded(status, request.Name);
        return new Empty();
    }

    private IProgrammeGrain Grain(string programmeId) => grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId));
}
