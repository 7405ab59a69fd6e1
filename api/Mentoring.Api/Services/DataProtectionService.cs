using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.DataProtectionService: a participant's data export, gathered from their grain, the round results and the audit log.</summary>
public sealed class DataProtectionService(IGrainFactory grains) : Contracts.V1.DataProtectionService.DataProtectionServiceBase
{
    public override async Task<ParticipantExport> ExportParticipant(ExportParticipantRequest request, ServerCallContext context)
    {
        var (programmeId, participantId) = RequestRules.Participant(request.Name, "name");
        var cancellationToken = context.CancellationToken;
        var snapshot = await grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, participantId)).GetAsync(cancellationToken);
        if (snapshot is null)
        {
            RpcErrors.NotFound(request.Name);
        }

        var export = new ParticipantExport { Participant = ParticipantProto.ToProto(snapshot) };
        var published = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken);
        foreach (var roundId in published)
        {
            var coordinator = grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
            for (var index = 0; await coordinator.GetPageAsync(index, cancellationToken) is { } page; index++)
            {
                var pageGrain = grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, index));
                foreach (var match in page.Matches.Where(m => m.MenteeId == participantId || m.MentorId == participantId))
                {
                    if (await pageGrain.GetMatchAsync(match.MenteeId, cancellationToken) is { } stored)
                    {
                        export.Matches.Add(MatchProto.ToProto(programmeId, stored));
                    }
                }
            }
        }

        // Filtered inside each audit segment, so only the participant's entries cross the network.
        var audit = grains.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(Caller.Of(context).Tenant));
        export.AuditEntries.AddRange((await audit.FindAsync(request.Name, cancellationToken)).Select(AuditEntryProto.ToProto));

        return export;
    }
}
