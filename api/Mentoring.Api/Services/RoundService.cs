using Grpc.Core;
using Mentoring.Abstractions.Rounds;
using Mentoring.Api.Errors;
using Mentoring.Api.Mapping;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Services;

/// <summary>mentoring.v1.RoundService: validates, maps, and calls the programme's rounds grain or a round's coordinator.</summary>
public sealed class RoundService(IGrainFactory grains) : Contracts.V1.RoundService.RoundServiceBase
{
    // Polling keeps the coordinator free of per-watcher state; 200 ms is well below a human's notice.
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(200);

    public override async Task<Round> StartRound(StartRoundRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var violations = new List<Domain.FieldViolation>();
        if (!RoundRequestIds.IsValid(request.RequestId))
        {
            violations.Add(new("request_id", RoundRequestIds.Describe(request.RequestId)));
        }

        var scope = RoundProto.ToDomain(request.Scope);
        if (scope is null)
        {
            violations.Add(new("scope", $"{(int)request.Scope} is not a known round scope"));
        }

        if (!RoundSolverMapper.TryToDomain(request.Solver, out var solver))
        {
            violations.Add(new("solver", $"{(int)request.Solver} is not a known solver mode"));
        }

        var policy = Policy(request, violations);
        if (violations.Count > 0)
        {
            RpcErrors.InvalidArgument(violations);
        }

        var result = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId))
            .StartAsync(request.RequestId, scope!.Value, solver, request.DryRun, policy, context.CancellationToken);
        switch (result.Status)
        {
            case StartRoundStatus.Started or StartRoundStatus.Existing when result.Round is not null:
                return RoundProto.ToProto(result.Round);
            case StartRoundStatus.ProgrammeNotFound:
                RpcErrors.NotFound(ResourceNames.Programme(programmeId));
                break;
            case StartRoundStatus.AnotherRoundRunning:
                var running = result.Round is { } r ? $" ({RoundNames.Round(r.Spec.ProgrammeId, r.Spec.RoundId)})" : "";
                RpcErrors.FailedPrecondition($"{request.Parent} already has a round running{running}; wait for it or cancel it.");
                break;
        }

        throw new InvalidOperationException($"StartAsync returned {result.Status} without a round.");
    }

    // A policy of its own is for trying a change out, so only a dry run may carry one: a live round publishes with the programme's.
    private static Domain.MatchingPolicy? Policy(StartRoundRequest request, List<Domain.FieldViolation> violations)
    {
        if (request.Policy is null)
        {
            return null;
        }

        if (!request.DryRun)
        {
            violations.Add(new("policy", "is allowed only with dry_run; change the programme's policy to publish with another"));
            return null;
        }

        var mapped = PolicyMapper.ToDomain(request.Policy, "policy");
        violations.AddRange(FieldViolations.Combine(mapped.Violations, Domain.ProgrammeValidator.ValidatePolicy(mapped.Value, "policy")));
        return mapped.Value;
    }

    public override async Task<Round> GetRound(GetRoundRequest request, ServerCallContext context)
    {
        var (programmeId, roundId) = RequestRules.Round(request.Name, "name");
        return RoundProto.ToProto(await ExistingAsync(programmeId, roundId, context.CancellationToken));
    }

    public override async Task<ListRoundsResponse> ListRounds(ListRoundsRequest request, ServerCallContext context)
    {
        var programmeId = RequestRules.ProgrammeId(request.Parent, "parent");
        var pageSize = RequestRules.PageSize(request.PageSize);
        var afterId = RequestRules.AfterId(request.PageToken, request.Parent);
        await grains.ExistingProgrammeAsync(programmeId, context.CancellationToken);
        var (roundIds, hasMore) = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId))
            .ListAsync(afterId, pageSize, context.CancellationToken);
        var snapshots = await Task.WhenAll(roundIds.Select(id => Coordinator(programmeId, id).GetAsync(context.CancellationToken)));
        var response = new ListRoundsResponse
        {
            NextPageToken = hasMore && roundIds.Length > 0 ? PageTokens.Encode(roundIds[^1], request.Parent) : "",
        };
        response.Rounds.AddRange(snapshots.OfType<RoundSnapshot>().Select(RoundProto.ToProto));
        return response;
    }

    public override async Task WatchRound(WatchRoundRequest request, IServerStreamWriter<Round> responseStream, ServerCallContext context)
    {
        var (programmeId, roundId) = RequestRules.Round(request.Name, "name");
        var coordinator = Coordinator(programmeId, roundId);
        var snapshot = await ExistingAsync(programmeId, roundId, context.CancellationToken);
        await responseStream.WriteAsync(RoundProto.ToProto(snapshot), context.CancellationToken);
        while (!snapshot.Progress.IsFinal)
        {
            await Task.Delay(WatchInterval, context.CancellationToken);
            var next = await coordinator.GetAsync(context.CancellationToken) ?? snapshot;
            if (Changed(snapshot, next))
            {
                await responseStream.WriteAsync(RoundProto.ToProto(next), context.CancellationToken);
            }

            snapshot = next;
        }
    }

    public override async Task<Round> CancelRound(CancelRoundRequest request, ServerCallContext context)
    {
        var (programmeId, roundId) = RequestRules.Round(request.Name, "name");
        var snapshot = await Coordinator(programmeId, roundId).CancelAsync(context.CancellationToken);
        if (snapshot is null)
        {
            RpcErrors.NotFound(request.Name);
        }

        return RoundProto.ToProto(snapshot);
    }

    public override async Task<ListRoundMatchesResponse> ListRoundMatches(ListRoundMatchesRequest request, ServerCallContext context)
    {
        var (programmeId, items, next) = await ReadResultAsync(request.Parent, request.PageSize, request.PageToken, "matches", page => page.Matches, context.CancellationToken);
        var response = new ListRoundMatchesResponse { NextPageToken = next };
        response.Matches.AddRange(items.Select(m =>
            RoundMatchMapper.ToProto(programmeId, m.MenteeId, m.MentorId, m.Score, m.Breakdown, m.Reasons)));
        return response;
    }

    public override async Task<ListUnmatchedMenteesResponse> ListUnmatchedMentees(ListUnmatchedMenteesRequest request, ServerCallContext context)
    {
        var (programmeId, items, next) = await ReadResultAsync(request.Parent, request.PageSize, request.PageToken, "unmatched", page => page.Unmatched, context.CancellationToken);
        var response = new ListUnmatchedMenteesResponse { NextPageToken = next };
        response.UnmatchedMentees.AddRange(items.Select(u => RoundMatchMapper.ToProto(programmeId, u.MenteeId, u.Reason, u.Cause)));
        return response;
    }

    /// <summary>Reads one list page across the round's stored result pages, starting at the token's page and offset.</summary>
    private async Task<(string ProgrammeId, List<T> Items, string NextPageToken)> ReadResultAsync<T>(
        string parent, int requestedPageSize, string pageToken, string listing, Func<RoundMatchPage, IReadOnlyList<T>> select, CancellationToken cancellationToken)
    {
        var (programmeId, roundId) = RequestRules.Round(parent, "parent");
        var pageSize = RequestRules.PageSize(requestedPageSize);
        var scope = $"{parent}|{listing}";
        var cursor = RoundResultCursor.Start;
        if (pageToken.Length > 0)
        {
            if (!RoundResultCursor.TryParse(pageToken, scope, out var decoded))
            {
                RequestRules.InvalidPageToken();
            }

            cursor = decoded.Value;
        }

        var snapshot = await ExistingAsync(programmeId, roundId, cancellationToken);
        if (!snapshot.Progress.IsFinal)
        {
            RpcErrors.FailedPrecondition($"{parent} is still running; its results are listed once it is DONE.");
        }

        var coordinator = Coordinator(programmeId, roundId);
        var items = new List<T>(Math.Min(pageSize, 1024));
        while (cursor.Page < snapshot.MatchPageCount && items.Count < pageSize)
        {
            var page = await coordinator.GetPageAsync(cursor.Page, cancellationToken);
            var source = page is null ? [] : select(page);
            var take = Math.Min(pageSize - items.Count, Math.Max(source.Count - cursor.Offset, 0));
            items.AddRange(source.Skip(cursor.Offset).Take(take));
            cursor = cursor.Offset + take < source.Count
                ? cursor with { Offset = cursor.Offset + take }
                : new RoundResultCursor(cursor.Page + 1, 0);
        }

        var next = cursor.Page < snapshot.MatchPageCount ? cursor.ToToken(scope) : "";
        return (programmeId, items, next);
    }

    private async Task<RoundSnapshot> ExistingAsync(string programmeId, string roundId, CancellationToken cancellationToken)
    {
        var snapshot = await Coordinator(programmeId, roundId).GetAsync(cancellationToken);
        if (snapshot is null)
        {
            RpcErrors.NotFound(RoundNames.Round(programmeId, roundId));
        }

        return snapshot;
    }

    private IRoundCoordinatorGrain Coordinator(string programmeId, string roundId) =>
        grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));

    private static bool Changed(RoundSnapshot before, RoundSnapshot after) =>
        before.Progress.Phase != after.Progress.Phase
        || before.Progress.PairsScored != after.Progress.PairsScored
        || before.Progress.PairsTotal != after.Progress.PairsTotal
        || before.Progress.Error != after.Progress.Error
        || (before.Report is null) != (after.Report is null);
}
