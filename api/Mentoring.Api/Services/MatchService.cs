using Grpc.Core;
using Mentoring.Abstractions.Matches;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Domain;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.MatchService: validates, finds the result page holding the match, and calls it.</summary>
public sealed class MatchService(IGrainFactory grains) : Contracts.V1.MatchService.MatchServiceBase
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public override async Task<Match> GetMatch(GetMatchRequest request, ServerCallContext context)
    {
        var (address, violations) = Parse(request.Name);
        ThrowIfAny(violations);
        var page = await PageAsync(address, request.Name, context.CancellationToken);
        var match = await page.GetMatchAsync(address.MenteeId, context.CancellationToken);
        if (match is null)
        {
            RpcErrors.NotFound(request.Name);
        }

        return MatchProto.ToProto(address.ProgrammeId, match);
    }

    public override Task<Match> AcceptMatch(AcceptMatchRequest request, ServerCallContext context) =>
        ChangeByParticipantAsync(request.Name, request.Participant, (page, mentee, participant, ct) => page.AcceptAsync(mentee, participant, ct), context);

    public override Task<Match> DeclineMatch(DeclineMatchRequest request, ServerCallContext context) =>
        ChangeByParticipantAsync(request.Name, request.Participant, (page, mentee, participant, ct) => page.DeclineAsync(mentee, participant, ct), context);

    public override async Task<Match> EndMatch(EndMatchRequest request, ServerCallContext context)
    {
        var (address, violations) = Parse(request.Name);
        if (request.HasRating && request.Rating is < MinRating or > MaxRating)
        {
            violations.Add(new("rating", $"must be between {MinRating} and {MaxRating}, or unset"));
        }

        if (request.Comment.Length > Limits.MaxDescriptionLength)
        {
            violations.Add(new("comment", $"must be at most {Limits.MaxDescriptionLength} characters"));
        }

        ThrowIfAny(violations);
        var page = await PageAsync(address, request.Name, context.CancellationToken);
        var change = await page.EndAsync(
            address.MenteeId, request.HasRating ? request.Rating : null, request.Comment.Length > 0 ? request.Comment : null, context.CancellationToken);
        return Result(change, request.Name, address.ProgrammeId);
    }

    private async Task<Match> ChangeByParticipantAsync(
        string name,
        string participant,
        Func<Abstractions.Rounds.IRoundResultPageGrain, string, string, CancellationToken, Task<MatchChange>> change,
        ServerCallContext context)
    {
        var (address, violations) = Parse(name);
        var participantId = "";
        if (!ResourceNames.TryParseParticipant(participant, out var participantProgramme, out var parsedId))
        {
            violations.Add(new("participant", RequestRules.ParticipantNameFormat));
        }
        else if (address.ProgrammeId.Length > 0 && participantProgramme != address.ProgrammeId)
        {
            violations.Add(new("participant", "must belong to the match's programme"));
        }
        else
        {
            participantId = parsedId;
        }

        ThrowIfAny(violations);
        var page = await PageAsync(address, name, context.CancellationToken);
        return Result(await change(page, address.MenteeId, participantId, context.CancellationToken), name, address.ProgrammeId);
    }

    private async Task<Abstractions.Rounds.IRoundResultPageGrain> PageAsync(MatchAddress address, string name, CancellationToken cancellationToken)
    {
        var page = await grains.FindAsync(address.ProgrammeId, address.RoundId, address.MenteeId, cancellationToken);
        if (page is null)
        {
            RpcErrors.NotFound(name);
        }

        return page;
    }

    private static Match Result(MatchChange change, string name, string programmeId)
    {
        switch (change.Status)
        {
            case MatchChangeStatus.Changed or MatchChangeStatus.Unchanged when change.Match is not null:
                return MatchProto.ToProto(programmeId, change.Match);
            case MatchChangeStatus.NotAParty:
                RpcErrors.InvalidArgument("participant", "is neither the mentee nor the mentor of the match");
                break;
            case MatchChangeStatus.IllegalTransition:
                RpcErrors.FailedPrecondition($"{name}: {change.Message}");
                break;
            case MatchChangeStatus.NotFound:
                RpcErrors.NotFound(name);
                break;
        }

        throw new InvalidOperationException($"The match call returned {change.Status} without a match.");
    }

    private static (MatchAddress Address, List<FieldViolation> Violations) Parse(string name)
    {
        var violations = new List<FieldViolation>();
        if (!MatchNames.TryParse(name, out var programmeId, out var roundId, out var menteeId))
        {
            violations.Add(new("name", "must be \"programmes/{programme}/rounds/{round}/matches/{match}\" with valid ids"));
            return (new MatchAddress("", "", ""), violations);
        }

        return (new MatchAddress(programmeId, roundId, menteeId), violations);
    }

    private static void ThrowIfAny(List<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }
    }

    private sealed record MatchAddress(string ProgrammeId, string RoundId, string MenteeId);
}
