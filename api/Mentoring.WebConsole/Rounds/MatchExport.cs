using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.Tabular;
using Mentoring.WebConsole.Gateway;
using Mentoring.WebConsole.SignIn;
using Microsoft.AspNetCore.Http;

namespace Mentoring.WebConsole.Rounds;

/// <summary>
/// A round's matches as a file for a browser signed in to the console: read through the gateway's gRPC services with
/// the user's key (so the gateway's scopes and tenant ownership apply), with names beside ids, and written by the
/// CLI's own <see cref="MatchTable"/> as CSV or an Excel workbook.
/// </summary>
public static class MatchExport
{
    public const string Pattern = "/console/programmes/{programme}/rounds/{round}/matches.{format}";

    private const int PageSize = 1000;

    public static string Path(string roundName, TableFormat format) => $"console/{roundName}/matches.{Extension(format)}";

    public static async Task WriteAsync(HttpContext context, string programme, string round, string format, GatewayChannel gateway)
    {
        if (ConsoleAuthentication.User(context.User) is not { } user)
        {
            context.Response.Redirect("/sign-in");
            return;
        }

        TableFormat? table = format switch { "csv" => TableFormat.Csv, "xlsx" => TableFormat.Xlsx, _ => null };
        if (table is not { } chosen)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var invoker = ConsoleSession.Invoker(gateway, user.Credential);
        var cancellationToken = context.RequestAborted;
        using var file = new MemoryStream();
        try
        {
            var read = await ReadAsync(invoker, $"programmes/{programme}", $"programmes/{programme}/rounds/{round}", cancellationToken);
            TableFile.Write(file, chosen, MatchTable.Header, MatchTable.Rows(read.Matches, read.Published, read.Names, read.DryRun));
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled)
        {
            context.Response.StatusCode = e.StatusCode switch
            {
                StatusCode.NotFound => StatusCodes.Status404NotFound,
                StatusCode.InvalidArgument => StatusCodes.Status400BadRequest,
                StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
                StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
                StatusCode.FailedPrecondition => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status502BadGateway,
            };
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(e.Status.Detail, cancellationToken);
            return;
        }

        context.Response.ContentType = chosen == TableFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{round}-matches.{Extension(chosen)}\"";
        file.Position = 0;
        await file.CopyToAsync(context.Response.Body, cancellationToken);
    }

    private static async Task<(List<RoundMatch> Matches, Match?[] Published, Dictionary<string, string> Names, bool DryRun)> ReadAsync(
        CallInvoker invoker, string programme, string roundName, CancellationToken cancellationToken)
    {
        var rounds = new RoundService.RoundServiceClient(invoker);
        var round = await rounds.GetRoundAsync(new GetRoundRequest { Name = roundName }, cancellationToken: cancellationToken);
        var matches = new List<RoundMatch>();
        var token = "";
        do
        {
            var page = await rounds.ListRoundMatchesAsync(
                new ListRoundMatchesRequest { Parent = roundName, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            matches.AddRange(page.Matches);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var participants = new ParticipantService.ParticipantServiceClient(invoker);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        do
        {
            var page = await participants.ListParticipantsAsync(
                new ListParticipantsRequest { Parent = programme, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            foreach (var participant in page.Participants)
            {
                names[participant.Name] = participant.DisplayName;
            }

            token = page.NextPageToken;
        }
        while (token.Length > 0);

        // A published match carries its lifecycle state, read a page at a time; a dry run published nothing.
        var published = new Match?[matches.Count];
        if (!round.DryRun)
        {
            var matchService = new MatchService.MatchServiceClient(invoker);
            var byName = new Dictionary<string, Match>(matches.Count, StringComparer.Ordinal);
            do
            {
                var page = await matchService.ListMatchesAsync(
                    new ListMatchesRequest { Parent = roundName, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
                foreach (var match in page.Matches)
                {
                    byName[match.Name] = match;
                }

                token = page.NextPageToken;
            }
            while (token.Length > 0);

            for (var i = 0; i < matches.Count; i++)
            {
                published[i] = byName.GetValueOrDefault($"{roundName}/matches/{ResourceId.Last(matches[i].Mentee)}");
            }
        }

        return (matches, published, names, round.DryRun);
    }

    private static string Extension(TableFormat format) => format == TableFormat.Xlsx ? "xlsx" : "csv";
}
