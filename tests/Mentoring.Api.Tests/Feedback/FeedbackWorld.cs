using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Feedback;

/// <summary>A programme of one-to-one matches with addresses, some accepted by both sides (so their check-ins fall due).</summary>
public sealed record FeedbackWorld(string ProgrammeId, string RoundId, IReadOnlyList<Match> Matches, IReadOnlyDictionary<string, string> Names)
{
    public string Programme => $"programmes/{ProgrammeId}";

    /// <summary>A programme of <paramref name="pairs"/> one-to-one matches with addresses; the first <paramref name="active"/> accepted by both sides.</summary>
    public static async Task<FeedbackWorld> BuildAsync(ServiceProcess gateway, string programmeId, int pairs, int active)
    {
        using var clients = Clients.For(gateway);
        await clients.CreateProgrammeAsync(programmeId);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs; i++)
        {
            foreach (var (participant, id) in new[] { (Builders.Mentor($"Mentor {programmeId} {i}"), $"mentor-{i}"), (Builders.Mentee($"Mentee {programmeId} {i}"), $"mentee-{i}") })
            {
                participant.Email = $"{id}@example.org";
                participant.Capacity = participant.Role == ParticipantRole.Mentor ? 1 : 0;
                var created = await clients.Participants.CreateParticipantAsync(new() { Parent = $"programmes/{programmeId}", ParticipantId = id, Participant = participant });
                names[created.Name] = participant.DisplayName;
            }
        }

        using var channel = gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = $"programmes/{programmeId}", RequestId = "feedback", Scope = RoundScope.All });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var proposed = (await RoundCalls.ListAllMatchesAsync(rounds, round.Name, pageSize: 100)).OrderBy(m => m.Mentee, StringComparer.Ordinal).ToList();
        Assert.Equal(pairs, proposed.Count);
        var matches = new MatchService.MatchServiceClient(channel);
        var result = new List<Match>();
        for (var i = 0; i < proposed.Count; i++)
        {
            var name = $"{round.Name}/matches/{Id(proposed[i].Mentee)}";
            if (i < active)
            {
                await matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposed[i].Mentee });
                Assert.Equal(MatchState.Active, (await matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposed[i].Mentor })).State);
            }

            result.Add(await matches.GetMatchAsync(new GetMatchRequest { Name = name }));
        }

        return new FeedbackWorld(programmeId, Id(round.Name), result, names);
    }

    public static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];
}
