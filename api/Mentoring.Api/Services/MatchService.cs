using Grpc.Core;
using Mentoring.Abstractions.Matches;
using Mentoring.Api.Errors;
using Mentoring.Abstractions.Rounds;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
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

    public override async Task<ListMatchesResponse> ListMatches(ListMatchesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var allRounds = request.Parent.EndsWith(AllRounds, StringComparison.Ordinal);
        var (programmeId, roundId) = allRounds
            ? (RequestRules.ProgrammeId(request.Parent[..^AllRounds.Length], "parent"), "")
            : RequestRules.Round(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        var scope = $"{request.Parent}|{request.State}";
        var cursor = RoundResultCursor.Start;
        if (request.PageToken.Length > 0)
        {
            if (!RoundResultCursor.TryParse(request.PageToken, scope, out var decoded))
            {
                RequestRules.InvalidPageToken();
            }

            cursor = decoded.Value;
        }

        await grains.ExistingProgrammeAsync(programmeId, ct, request.Parent);
        var sources = await MatchSources.PagesAsync(grains, programmeId, allRounds ? null : roundId, ct);
        if (sources is null)
        {
            RpcErrors.NotFound(request.Parent);
        }

        var response = new ListMatchesResponse();
        // Page = index of the stored page among the sources, Offset = position among that page's matches in the state asked for.
        while (cursor.Page < sources.Count && response.Matches.Count < pageSize)
        {
            var (sourceRound, pageIndex) = sources[cursor.Page];
            var matches = (await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, sourceRound, pageIndex)).ListMatchesAsync(ct))
                .Where(m => request.State == Contracts.V1.MatchState.Unspecified || MatchProto.ToProto(m.State) == request.State)
                .ToList();
            var take = Math.Min(pageSize - response.Matches.Count, Math.Max(matches.Count - cursor.Offset, 0));
            response.Matches.AddRange(matches.Skip(cursor.Offset).Take(take).Select(m => MatchProto.ToProto(programmeId, m)));
            cursor = cursor.Offset + take < matches.Count ? cursor with { Offset = cursor.Offset + take } : new RoundResultCursor(cursor.Page + 1, 0);
        }

        response.NextPageToken = cursor.Page < sources.Count ? cursor.ToToken(scope) : "";
        return response;
    }

    public override async Task<Match> CreateMatch(CreateMatchRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var programmeId = ResourceNames.TryParseProgramme(request.Parent, out var parsed) ? parsed : null;
        if (programmeId is null)
        {
            violations.Add(new("parent", "must be \"programmes/{programme}\" with a valid id"));
        }

        var menteeId = ParticipantOf(request.Mentee, "mentee", programmeId, violations);
        var mentorId = ParticipantOf(request.Mentor, "mentor", programmeId, violations);
        RequestIdOf(request.RequestId, violations);
        ThrowIfAny(violations);
        AuditResource.Override(context, request.Mentee);
        var result = await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId!))
            .AssignAsync(request.RequestId, menteeId!, mentorId!, context.CancellationToken);
        return OverrideMatches(result, programmeId!)[0];
    }

    public override async Task<SwapMatchesResponse> SwapMatches(SwapMatchesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var programmeId = ResourceNames.TryParseProgramme(request.Parent, out var parsed) ? parsed : null;
        if (programmeId is null)
        {
            violations.Add(new("parent", "must be \"programmes/{programme}\" with a valid id"));
        }

        var addresses = new List<Abstractions.Matches.MatchAddress>();
        if (request.Matches.Count != 2)
        {
            violations.Add(new("matches", "must name exactly two matches"));
        }
        else
        {
            for (var i = 0; i < 2; i++)
            {
                if (!MatchNames.TryParse(request.Matches[i], out var matchProgramme, out var roundId, out var menteeId))
                {
                    violations.Add(new($"matches[{i}]", "must be \"programmes/{programme}/rounds/{round}/matches/{match}\" with valid ids"));
                }
                else if (programmeId is not null && matchProgramme != programmeId)
                {
                    violations.Add(new($"matches[{i}]", "must belong to the parent programme"));
                }
                else
                {
                    addresses.Add(new(roundId, menteeId));
                }
            }
        }

        RequestIdOf(request.RequestId, violations);
        ThrowIfAny(violations);
        var result = await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId!))
            .SwapAsync(request.RequestId, addresses[0], addresses[1], context.CancellationToken);
        var response = new SwapMatchesResponse();
        response.Matches.AddRange(OverrideMatches(result, programmeId!));
        return response;
    }

    private const string AllRounds = "/rounds/-";

    private static string? ParticipantOf(string name, string field, string? programmeId, List<FieldViolation> violations)
    {
        if (!ResourceNames.TryParseParticipant(name, out var participantProgramme, out var participantId))
        {
            violations.Add(new(field, RequestRules.ParticipantNameFormat));
            return null;
        }

        if (programmeId is not null && participantProgramme != programmeId)
        {
            violations.Add(new(field, "must belong to the parent programme"));
            return null;
        }

        return participantId;
    }

    private static void RequestIdOf(string requestId, List<FieldViolation> violations)
    {
        if (!RoundRequestIds.IsValid(requestId))
        {
            violations.Add(new("request_id", RoundRequestIds.Describe(requestId)));
        }
    }

    private static List<Match> OverrideMatches(OverrideResult result, string programmeId)
    {
        switch (result.Status)
        {
            case OverrideStatus.Done when result.Matches.Length > 0:
                return [.. result.Matches.Select(m => MatchProto.ToProto(programmeId, m))];
            case OverrideStatus.NotFound:
                RpcErrors.NotFound(result.Subject ?? ResourceNames.Programme(programmeId));
                break;
            case OverrideStatus.Invalid:
                RpcErrors.InvalidArgument(result.Subject ?? "", result.Message ?? "is invalid");
                break;
            case OverrideStatus.Refused:
                RpcErrors.FailedPrecondition(result.Rule ?? "Override", result.Subject ?? "", result.Message ?? "refused");
                break;
        }

        throw new InvalidOperationException($"The override returned {result.Status} without a match.");
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

    internal static Match Result(MatchChange change, string name, string programmeId)
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
