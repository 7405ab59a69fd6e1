using System.CommandLine;
using Mentoring.Cli.Output;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring matches show|accept|decline|end`: acting for a participant in admin-run programmes.</summary>
public static class MatchCommands
{
    private static readonly Argument<string> Round = new("round") { Description = "Round name (programmes/<p>/rounds/<r>), or its id with --programme." };
    private static readonly Argument<string> Mentee = new("mentee") { Description = "The mentee's id: a match is named after its mentee." };
    private static readonly Option<string?> Programme = new("--programme", "-p") { Description = "Programme id, when the round is given by id." };
    private static readonly Option<MatchSide> As = new("--as") { Description = "Act as the mentee or the mentor of the match.", Required = true };
    private static readonly Option<int?> Rating = new("--rating") { Description = "How the match went, 1 (poor) to 5 (excellent); default no rating." };
    private static readonly Option<string?> Comment = new("--comment") { Description = "Free text about the match, up to 2000 characters." };

    public static Command Build(CliEnvironment environment)
    {
        var show = new Command("show", "Show a match and its state.") { Round, Mentee, Programme };
        CommandAction.Set(show, environment, ShowAsync);
        var accept = new Command("accept", "Accept a match on behalf of its mentee or mentor.") { Round, Mentee, Programme, As };
        CommandAction.Set(accept, environment, context => ActAsync(context, accept: true));
        var decline = new Command("decline", "Decline a match on behalf of its mentee or mentor.") { Round, Mentee, Programme, As };
        CommandAction.Set(decline, environment, context => ActAsync(context, accept: false));
        var end = new Command("end", "End an active match, freeing the mentor's slot, with an optional rating and comment.") { Round, Mentee, Programme, Rating, Comment };
        CommandAction.Set(end, environment, EndAsync);
        return new Command("matches", "Show, accept, decline and end published matches.") { show, accept, decline, end };
    }

    private static string MatchName(CommandContext context) =>
        $"{CliNames.Round(context.Value(Programme), context.Value(Round))}/matches/{context.Value(Mentee)}";

    private static async Task<int> ShowAsync(CommandContext context)
    {
        var match = await context.Api.Matches.GetMatchAsync(new GetMatchRequest { Name = MatchName(context) }, cancellationToken: context.CancellationToken);
        Print(context, match);
        return ExitCodes.Success;
    }

    private static async Task<int> ActAsync(CommandContext context, bool accept)
    {
        var name = MatchName(context);
        var current = await context.Api.Matches.GetMatchAsync(new GetMatchRequest { Name = name }, cancellationToken: context.CancellationToken);
        var participant = context.Value(As) == MatchSide.Mentor ? current.Mentor : current.Mentee;
        var match = accept
            ? await context.Api.Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = participant }, cancellationToken: context.CancellationToken)
            : await context.Api.Matches.DeclineMatchAsync(new DeclineMatchRequest { Name = name, Participant = participant }, cancellationToken: context.CancellationToken);
        Print(context, match);
        return ExitCodes.Success;
    }

    private static async Task<int> EndAsync(CommandContext context)
    {
        var request = new EndMatchRequest { Name = MatchName(context), Comment = context.Value(Comment) ?? "" };
        if (context.Value(Rating) is { } rating)
        {
            request.Rating = rating;
        }

        Print(context, await context.Api.Matches.EndMatchAsync(request, cancellationToken: context.CancellationToken));
        return ExitCodes.Success;
    }

    private static void Print(CommandContext context, Match match)
    {
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(match));
            return;
        }

        var rating = match.HasRating ? $", rated {match.Rating} of 5" : "";
        var comment = match.Comment.Length > 0 ? $": \"{match.Comment}\"" : "";
        context.Console.WriteLine(
            $"{match.Name}: {CliNames.Id(match.Mentee)} with {CliNames.Id(match.Mentor)}, score {match.Score:0.000}, {match.State}{(match.DeclineReason.Length > 0 ? " (" + match.DeclineReason + ")" : "")}{rating}{comment}");
    }
}
