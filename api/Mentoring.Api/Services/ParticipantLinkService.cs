using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.V1;
using Mentoring.Domain;
using Mentoring.Domain.Feedback;
using Mentoring.Domain.Links;

namespace Mentoring.Api.Services;

/// <summary>
/// mentoring.v1.ParticipantLinkService: one participant's actions on one match, as their personal link allows
/// (<see cref="ParticipantLinkCredential"/> checked the link). A use is recorded after the action took effect, so a failed
/// action leaves the link usable; the actions are idempotent on the match, so a use whose record was lost does no harm.
/// </summary>
public sealed class ParticipantLinkService(IGrainFactory grains, TimeProvider clock) : Contracts.V1.ParticipantLinkService.ParticipantLinkServiceBase
{
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string End = "end";

    public override Task<LinkedMatch> GetLinkedMatch(GetLinkedMatchRequest request, ServerCallContext context) =>
        ViewAsync(ParticipantLinkCredential.Of(context), context.CancellationToken);

    public override async Task<LinkedMatch> AnswerLinkedCheckIn(AnswerLinkedCheckInRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (request.Score is < CheckInLimits.MinScore or > CheckInLimits.MaxScore)
        {
            violations.Add(new("score", $"must be between {CheckInLimits.MinScore} and {CheckInLimits.MaxScore}"));
        }

        if (request.Comment.Length > CheckInLimits.MaxCommentLength)
        {
            violations.Add(new("comment", $"must be at most {CheckInLimits.MaxCommentLength} characters"));
        }

        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        var link = ParticipantLinkCredential.Of(context);
        var ct = context.CancellationToken;
        if (LinkActions.CheckInPoint(link.Action) is not { } point)
        {
            throw ParticipantLinkCredential.Refused("action", "This personal link is not for a check-in survey.", StatusCode.PermissionDenied);
        }

        var page = await PageAsync(link, request.Name, ct);
        var match = await page.GetMatchAsync(link.MenteeId, ct);
        if (match is null || (match.MenteeId != link.ParticipantId && match.MentorId != link.ParticipantId))
        {
            RpcErrors.NotFound(request.Name);
        }

        if (match.State is not (Abstractions.Matches.MatchState.Active or Abstractions.Matches.MatchState.Ended))
        {
            RpcErrors.FailedPrecondition($"{request.Name} is not active: only a match that was active can be checked in on.");
        }

        // The answer store refuses a second answer itself, so a use whose record below was lost still cannot answer twice.
        var answer = new Abstractions.Feedback.CheckInAnswer(
            link.RoundId, link.MenteeId, match.MentorId, link.ParticipantId, match.MenteeId == link.ParticipantId ? "mentee" : "mentor", point,
            request.Score, request.Comment.Length > 0 ? request.Comment : null, clock.GetUtcNow());
        if (await Feedback(link).AnswerAsync(answer, ct) == CheckInAnswerStatus.AlreadyAnswered)
        {
            throw ParticipantLinkCredential.Refused("used", "This check-in was already answered.", StatusCode.PermissionDenied);
        }

        await Notifications(link).RecordLinkUseAsync(link.LinkId, link.Action, ct);
        return await ViewAsync(link, ct);
    }

    public override Task<LinkedMatch> AcceptLinkedMatch(AcceptLinkedMatchRequest request, ServerCallContext context) =>
        ActAsync(Accept, request.Name, context, (page, link, ct) => page.AcceptAsync(link.MenteeId, link.ParticipantId, ct));

    public override Task<LinkedMatch> DeclineLinkedMatch(DeclineLinkedMatchRequest request, ServerCallContext context) =>
        ActAsync(Decline, request.Name, context, (page, link, ct) => page.DeclineAsync(link.MenteeId, link.ParticipantId, ct));

    public override Task<LinkedMatch> EndLinkedMatch(EndLinkedMatchRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (request.Rating is < MatchService.MinRating or > MatchService.MaxRating)
        {
            violations.Add(new("rating", $"must be between {MatchService.MinRating} and {MatchService.MaxRating}"));
        }

        if (request.Comment.Length > Limits.MaxDescriptionLength)
        {
            violations.Add(new("comment", $"must be at most {Limits.MaxDescriptionLength} characters"));
        }

        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        return ActAsync(End, request.Name, context, (page, link, ct) =>
            page.EndAsync(link.MenteeId, request.Rating, request.Comment.Length > 0 ? request.Comment : null, ct));
    }

    public override async Task<Empty> EraseLinkedParticipant(EraseLinkedParticipantRequest request, ServerCallContext context)
    {
        var link = ParticipantLinkCredential.Of(context);
        var ticket = await grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(link.ProgrammeId, link.ParticipantId))
            .EraseAsync(null, context.CancellationToken);
        if (ticket.Status is not (WriteStatus.Deleted or WriteStatus.NotFound))
        {
            RpcErrors.FailedPrecondition($"The erasure could not be completed ({ticket.Status}); try again.");
        }

        return new Empty();
    }

    private async Task<LinkedMatch> ActAsync(
        string action, string name, ServerCallContext context, Func<IRoundResultPageGrain, ParticipantLink, CancellationToken, Task<MatchChange>> change)
    {
        var link = ParticipantLinkCredential.Of(context);
        var ct = context.CancellationToken;
        if (link.Action != LinkActions.Respond)
        {
            throw ParticipantLinkCredential.Refused("action", $"This personal link is for a check-in survey; it cannot {action} the match.", StatusCode.PermissionDenied);
        }

        var notifications = Notifications(link);
        if ((await notifications.LinkUsesAsync(link.LinkId, ct)).Contains(action))
        {
            throw ParticipantLinkCredential.Refused("used", $"This personal link was already used to {action} the match.", StatusCode.PermissionDenied);
        }

        var page = await PageAsync(link, name, ct);
        MatchService.Result(await change(page, link, ct), name, link.ProgrammeId);
        await notifications.RecordLinkUseAsync(link.LinkId, action, ct);
        return await ViewAsync(link, ct);
    }

    private async Task<LinkedMatch> ViewAsync(ParticipantLink link, CancellationToken ct)
    {
        var name = Contracts.Mapping.MatchNames.Match(link.ProgrammeId, link.RoundId, link.MenteeId);
        var page = await PageAsync(link, name, ct);
        var match = await page.GetMatchAsync(link.MenteeId, ct);
        var self = await grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(link.ProgrammeId, link.ParticipantId)).GetAsync(ct);
        if (match is null || self is null || (match.MenteeId != link.ParticipantId && match.MentorId != link.ParticipantId))
        {
            RpcErrors.NotFound(name);
        }

        var side = match.MenteeId == link.ParticipantId ? "mentee" : "mentor";
        var partnerId = side == "mentee" ? match.MentorId : match.MenteeId;
        var partner = await grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(link.ProgrammeId, partnerId)).GetAsync(ct);
        var stored = await page.GetAsync(ct);
        var view = new LinkedMatch
        {
            Match = MatchProto.ToProto(link.ProgrammeId, match),
            Participant = ParticipantProto.ToProto(self),
            Side = side,
            PartnerDisplayName = partner?.Participant.DisplayName is { Length: > 0 } display ? display : partnerId,
            ExpireTime = Timestamp.FromDateTimeOffset(link.ExpiresAt),
        };
        view.Reasons.AddRange(stored?.Matches.FirstOrDefault(m => m.MenteeId == link.MenteeId)?.Reasons ?? []);
        view.UsedActions.AddRange(await Notifications(link).LinkUsesAsync(link.LinkId, ct));
        if (LinkActions.CheckInPoint(link.Action) is { } point)
        {
            view.CheckIn = point;
            if (await Feedback(link).FindAnswerAsync(link.RoundId, link.MenteeId, link.ParticipantId, point, ct) is { } answer)
            {
                view.CheckInAnswer = FeedbackProto.ToProto(link.ProgrammeId, answer);
            }
        }

        return view;
    }

    private async Task<IRoundResultPageGrain> PageAsync(ParticipantLink link, string name, CancellationToken ct)
    {
        var page = await grains.FindAsync(link.ProgrammeId, link.RoundId, link.MenteeId, ct);
        if (page is null)
        {
            RpcErrors.NotFound(name);
        }

        return page;
    }

    private IFeedbackGrain Feedback(ParticipantLink link) => grains.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(link.ProgrammeId));

    private IRoundNotificationGrain Notifications(ParticipantLink link) =>
        grains.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(link.ProgrammeId, link.RoundId));
}
