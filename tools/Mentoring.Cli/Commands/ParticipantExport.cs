using System.Text.Json.Nodes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>
/// `participants export`: everything the public API can return about one person, namely the profile and every published
/// match naming them with its state, rating and comment. mentoring.v1 has no export RPC yet (issue #5), so stored
/// feedback beyond the match and audit entries are not included; the document says so in "not_included".
/// </summary>
public static class ParticipantExport
{
    public const string NotIncluded = "audit entries and data held outside the public API: mentoring.v1 has no participant export RPC yet (issue #5)";

    public static async Task<int> RunAsync(CommandContext context)
    {
        var name = ParticipantCommands.ParticipantName(context);
        var api = context.Api;
        var participant = await api.Participants.GetParticipantAsync(new GetParticipantRequest { Name = name }, cancellationToken: context.CancellationToken);
        var matches = new JsonArray();
        foreach (var round in await ApiReader.RoundsAsync(api, CliNames.ProgrammeOf(name), context.CancellationToken))
        {
            if (round.State != RoundState.Done)
            {
                continue;
            }

            var own = (await ApiReader.MatchesAsync(api, round.Name, context.CancellationToken))
                .Where(m => m.Mentee == name || m.Mentor == name)
                .ToList();
            var published = await ApiReader.PublishedAsync(api, round, own, context.CancellationToken);
            for (var i = 0; i < own.Count; i++)
            {
                matches.Add(new JsonObject
                {
                    ["round"] = round.Name,
                    ["dry_run"] = round.DryRun,
                    ["proposal"] = ProtoJson.ToNode(own[i]),
                    ["match"] = published[i] is { } match ? ProtoJson.ToNode(match) : null,
                });
            }
        }

        var document = new JsonObject
        {
            ["participant"] = ProtoJson.ToNode(participant),
            ["matches"] = matches,
            ["not_included"] = new JsonArray(NotIncluded),
        };
        if (ParticipantCommands.OutFile(context) is { } path)
        {
            await File.WriteAllTextAsync(path, document.ToJsonString(new() { WriteIndented = true }), context.CancellationToken);
            if (context.Json)
            {
                context.WriteJson(new JsonObject { ["file"] = path, ["matches"] = matches.Count });
            }
            else
            {
                context.Console.WriteLine($"Exported {name} ({matches.Count} matches) to {path}. Not included: {NotIncluded}.");
            }
        }
        else
        {
            context.WriteJson(document);
        }

        return ExitCodes.Success;
    }
}
