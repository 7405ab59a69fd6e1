using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
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
        // Every page of published rounds and manual overrides.
        foreach (var (roundId, index) in await MatchSources.PagesAsync(grains, programmeId, null, cancellationToken) ?? [])
        {
            var matches = await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, index)).ListMatchesAsync(cancellationToken);
            export.Matches.AddRange(matches.Where(m => m.MenteeId == participantId || m.MentorId == participantId).Select(m => MatchProto.ToProto(programmeId, m)));
        }

        // Filtered inside each audit segment, so only the participant's entries cross the network.
        var audit = grains.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(Caller.Of(context).Tenant));
        export.AuditEntries.AddRange((await audit.FindAsync(request.Name, cancellationToken)).Select(AuditEntryProto.ToProto));

        var answers = await grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId)).ListAnswersByAsync(participantId, cancellationToken);
        export.CheckInAnswers.AddRange(answers.Select(a => FeedbackProto.ToProto(programmeId, a)));
        return export;
    }
}
