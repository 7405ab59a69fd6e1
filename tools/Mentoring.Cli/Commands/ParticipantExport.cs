using System.Text.Json.Nodes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>
/// `participants export`: everything stored about one person, as DataProtectionService.ExportParticipant returns it
/// (profile, audit entries naming them), with every published match naming them, each with the round's proposal
/// (score, breakdown, reasons) and its lifecycle (state, rating, comment).
/// </summary>
public static class ParticipantExport
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        var name = ParticipantCommands.ParticipantName(context);
        var api = context.Api;
        var export = await api.DataProtection.ExportParticipantAsync(new ExportParticipantRequest { Name = name }, cancellationToken: context.CancellationToken);
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
            ["participant"] = ProtoJson.ToNode(export.Participant),
            ["matches"] = matches,
            ["audit_entries"] = new JsonArray([.. export.AuditEntries.Select(entry => ProtoJson.ToNode(entry))]),
            ["check_in_answers"] = new JsonArray([.. export.CheckInAnswers.Select(answer => ProtoJson.ToNode(answer))]),
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
                context.Console.WriteLine($"Exported {name} ({matches.Count} matches, {export.AuditEntries.Count} audit entries) to {path}.");
            }
        }
        else
        {
            context.WriteJson(document);
        }

        return ExitCodes.Success;
    }
}
