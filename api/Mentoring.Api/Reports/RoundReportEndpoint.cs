using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Api.Mapping;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Reports;

namespace Mentoring.Api.Reports;

/// <summary>
/// GET /v1/programmes/{programme}/rounds/{round}/report.html: a finished round's self-contained HTML report, rendered from
/// the same messages the gRPC API returns. Checked like GetRound: a credential with results.read whose tenant owns the
/// programme; another tenant's round is a 404, exactly like a missing one.
/// </summary>
public static class RoundReportEndpoint
{
    private const int ParticipantPageSize = 1000;

    public static IEndpointRouteBuilder MapRoundReport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/programmes/{programme}/rounds/{round}/report.html", RenderAsync);
        return app;
    }

    private static async Task<IResult> RenderAsync(
        string programme, string round, HttpContext http, AuthOptions auth, ProgrammeOwnership ownership, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var caller = auth.Enabled ? CallerClaims.ToCaller(http.User, auth) : null;
        if (auth.Enabled && caller is null)
        {
            return Results.Unauthorized();
        }

        if (caller is not null && !caller.Has(Scopes.ResultsRead))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var name = RoundNames.Round(programme, round);
        if (!RoundNames.TryParse(name, out var programmeId, out var roundId))
        {
            return Results.BadRequest($"{name} is not a valid round name.");
        }

        var coordinator = grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
        var programmeGrain = grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId));
        var snapshot = await coordinator.GetAsync(cancellationToken);
        var stored = caller is null
            ? await programmeGrain.GetAsync(cancellationToken)
            : await ownership.OwnedAsync(caller.Tenant, programmeId, cancellationToken);
        if (snapshot is null || stored is null)
        {
            return Results.NotFound($"{name} does not exist.");
        }

        if (snapshot.Progress.Phase != RoundPhase.Done)
        {
            return Results.Conflict($"{name} is {snapshot.Progress.Phase}; a report needs a DONE round.");
        }

        var matches = new List<Contracts.V1.RoundMatch>();
        var unmatched = new List<UnmatchedMentee>();
        for (var page = 0; page < snapshot.MatchPageCount; page++)
        {
            if (await coordinator.GetPageAsync(page, cancellationToken) is { } items)
            {
                matches.AddRange(items.Matches.Select(m => RoundMatchMapper.ToProto(programmeId, m.MenteeId, m.MentorId, m.Score, m.Breakdown, m.Reasons)));
                unmatched.AddRange(items.Unmatched.Select(u => RoundMatchMapper.ToProto(programmeId, u.MenteeId, u.Reason, u.Cause)));
            }
        }

        var capacities = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        ParticipantCursor? cursor = ParticipantCursor.Start;
        while (cursor is not null)
        {
            var page = await programmeGrain.ListParticipantsAsync(cursor, ParticipantPageSize, role: null, cancellationToken: cancellationToken);
            foreach (var listed in page.Participants)
            {
                var participant = listed.Participant;
                var resourceName = ResourceNames.Participant(programmeId, participant.Id);
                names[resourceName] = participant.DisplayName;
                if (participant.Role == Domain.ParticipantRole.Mentor)
                {
                    capacities[resourceName] = participant.Capacity;
                }
            }

            cursor = page.Next;
        }

        var programmeProto = ProgrammeMapper.ToProto(stored.Programme, stored.Etag, stored.CreateTime, stored.UpdateTime);
        var html = RoundReportPage.Render(new RoundReportInput(RoundProto.ToProto(snapshot), matches, unmatched, programmeProto, capacities, names));
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
