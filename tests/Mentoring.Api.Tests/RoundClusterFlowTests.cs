using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Mentoring.Testing;

namespace Mentoring.Api.Tests;

/// <summary>
/// The product's main job end to end over gRPC, on a real two-silo cluster on PostgreSQL in processes on 127.0.0.1:
/// import, start, watch, list, accept and decline, rematch the unmatched, restart the whole cluster, find everything again.
/// </summary>
public sealed class RoundClusterFlowTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_programme_is_matched_accepted_rematched_and_survives_a_cluster_restart()
    {
        var clusterId = "flow-" + Guid.NewGuid().ToString("N")[..6];
        var a = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        var b = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        string programmeName;
        string firstRound, secondRound;
        Dictionary<string, Match> decided;
        List<RoundMatch> firstMatches, secondMatches;
        try
        {
            using var throughA = Clients.For(a);
            using var channelB = b.CreateChannel();
            var roundsB = new RoundService.RoundServiceClient(channelB);
            var matchesB = new MatchService.MatchServiceClient(channelB);
            programmeName = (await throughA.CreateProgrammeAsync("flow")).Name;
            await RoundPopulation.ImportAsync(throughA, programmeName, mentors: 8, mentees: 30, capacity: 2);

            var roundsA = new RoundService.RoundServiceClient(a.CreateChannel());
            var started = await roundsA.StartRoundAsync(new StartRoundRequest { Parent = programmeName, RequestId = "first" });
            var seen = await RoundCalls.WatchToEndAsync(roundsB, started.Name);
            Assert.Equal(RoundState.Done, seen[^1].State);
            firstRound = started.Name;
            firstMatches = await RoundCalls.ListAllMatchesAsync(roundsB, firstRound, pageSize: 5);
            Assert.True(firstMatches.Count >= 4, $"Only {firstMatches.Count} matches were proposed.");

            // Accept two matches on both sides, decline two: the decliners go back into the pool.
            decided = [];
            foreach (var match in firstMatches.Take(2))
            {
                var name = $"{firstRound}/matches/{match.Mentee.Split('/')[^1]}";
                await matchesB.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = match.Mentee });
                decided[name] = await matchesB.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = match.Mentor });
                Assert.Equal(MatchState.Active, decided[name].State);
            }

            foreach (var match in firstMatches.Skip(2).Take(2))
            {
                var name = $"{firstRound}/matches/{match.Mentee.Split('/')[^1]}";
                decided[name] = await matchesB.DeclineMatchAsync(new DeclineMatchRequest { Name = name, Participant = match.Mentee });
                Assert.Equal(MatchState.Declined, decided[name].State);
            }

            var rematch = await roundsB.StartRoundAsync(new StartRoundRequest { Parent = programmeName, RequestId = "second", Scope = RoundScope.UnmatchedOnly });
            Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(roundsA, rematch.Name))[^1].State);
            secondRound = rematch.Name;
            secondMatches = await RoundCalls.ListAllMatchesAsync(roundsA, secondRound, pageSize: 100);

            var declinedPairs = firstMatches.Skip(2).Take(2).Select(m => (m.Mentee, m.Mentor)).ToHashSet();
            Assert.DoesNotContain(secondMatches, m => declinedPairs.Contains((m.Mentee, m.Mentor)));
            var stillOpen = firstMatches.Where(m => !declinedPairs.Contains((m.Mentee, m.Mentor))).Select(m => m.Mentee).ToHashSet();
            Assert.DoesNotContain(secondMatches, m => stillOpen.Contains(m.Mentee));
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
        }

        await using var a2 = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        await using var b2 = await ServiceProcess.StartGatewayAsync(Settings.ClusterMember(postgres.ConnectionString, clusterId));
        using var again = Clients.For(b2);
        var rounds = new RoundService.RoundServiceClient(a2.CreateChannel());
        var matches = new MatchService.MatchServiceClient(b2.CreateChannel());

        Assert.Equal(38, (await again.ListAllParticipantsAsync(programmeName)).Count);
        var listed = await rounds.ListRoundsAsync(new ListRoundsRequest { Parent = programmeName });
        Assert.Equal([secondRound, firstRound], listed.Rounds.Select(r => r.Name));
        Assert.All(listed.Rounds, r => Assert.Equal(RoundState.Done, r.State));
        Assert.Equal(firstMatches, await RoundCalls.ListAllMatchesAsync(rounds, firstRound, pageSize: 7));
        Assert.Equal(secondMatches, await RoundCalls.ListAllMatchesAsync(rounds, secondRound, pageSize: 7));
        foreach (var (name, before) in decided)
        {
            Assert.Equal(before, await matches.GetMatchAsync(new GetMatchRequest { Name = name }));
        }
    }
}
