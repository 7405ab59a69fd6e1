using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>The match lifecycle through the gateway: accept, decline and end of a published round's matches, and validation.</summary>
public sealed class MatchApiTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "matches-" + Guid.NewGuid().ToString("N")[..8];
    private List<RoundMatch> _proposed = [];
    private string _round = "";

    private MatchService.MatchServiceClient Matches => new(_channel);

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync()
    {
        await _clients.CreateProgrammeAsync(_programmeId);
        await RoundPopulation.ImportAsync(_clients, Parent, mentors: 6, mentees: 6, capacity: 2);
        var rounds = new RoundService.RoundServiceClient(_channel);
        var started = await rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "publish-1" });
        var seen = await RoundCalls.WatchToEndAsync(rounds, started.Name);
        Assert.Equal(RoundState.Done, seen[^1].State);
        _round = started.Name;
        _proposed = await RoundCalls.ListAllMatchesAsync(rounds, started.Name, pageSize: 100);
        Assert.True(_proposed.Count >= 3, $"The round proposed only {_proposed.Count} matches.");
    }

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_match_accepted_by_both_sides_is_active_and_ends_with_its_rating_and_comment()
    {
        var proposal = _proposed[0];
        var name = NameOf(proposal);

        var fetched = await Matches.GetMatchAsync(new GetMatchRequest { Name = name });
        var byMentee = await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposal.Mentee });
        var repeated = await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposal.Mentee });
        var active = await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposal.Mentor });
        var ended = await Matches.EndMatchAsync(new EndMatchRequest { Name = name, Rating = 5, Comment = "Helpful." });

        Assert.Equal((name, proposal.Mentee, proposal.Mentor, _round, MatchState.Proposed), (fetched.Name, fetched.Mentee, fetched.Mentor, fetched.Round, fetched.State));
        Assert.Equal(proposal.Score, fetched.Score);
        Assert.Equal(MatchState.AcceptedByMentee, byMentee.State);
        Assert.Equal(byMentee, repeated);
        Assert.Equal(MatchState.Active, active.State);
        Assert.Equal((MatchState.Ended, true, 5, "Helpful."), (ended.State, ended.HasRating, ended.Rating, ended.Comment));
        Assert.Equal(ended, await Matches.GetMatchAsync(new GetMatchRequest { Name = name }));
    }

    [Fact]
    public async Task A_declined_match_says_who_declined_and_can_no_longer_be_accepted()
    {
        var proposal = _proposed[1];
        var name = NameOf(proposal);

        var declined = await Matches.DeclineMatchAsync(new DeclineMatchRequest { Name = name, Participant = proposal.Mentor });

        Assert.Equal((MatchState.Declined, "declined by the mentor"), (declined.State, declined.DeclineReason));
        await RpcAssert.FailsWithAsync(StatusCode.FailedPrecondition, async () =>
            await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = proposal.Mentee }));
        await RpcAssert.FailsWithAsync(StatusCode.FailedPrecondition, async () =>
            await Matches.EndMatchAsync(new EndMatchRequest { Name = name }));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_violations_and_unknown_matches_are_not_found()
    {
        var proposal = _proposed[2];
        var name = NameOf(proposal);
        var stranger = _proposed.First(p => p.Mentor != proposal.Mentor).Mentor;

        await RpcAssert.RejectsFieldAsync("rating", async () => await Matches.EndMatchAsync(new EndMatchRequest { Name = name, Rating = 7 }));
        await RpcAssert.RejectsFieldAsync("comment", async () => await Matches.EndMatchAsync(new EndMatchRequest { Name = name, Comment = new string('x', 2001) }));
        await RpcAssert.RejectsFieldAsync("name", async () => await Matches.GetMatchAsync(new GetMatchRequest { Name = $"{_round}/pairs/x" }));
        await RpcAssert.RejectsFieldAsync("participant", async () =>
            await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = name, Participant = stranger }));
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Matches.GetMatchAsync(new GetMatchRequest { Name = $"{_round}/matches/nobody" }));
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () =>
            await Matches.GetMatchAsync(new GetMatchRequest { Name = $"{Parent}/rounds/r-missing/matches/{proposal.Mentee.Split('/')[^1]}" }));
        Assert.Equal(MatchState.Proposed, (await Matches.GetMatchAsync(new GetMatchRequest { Name = name })).State);
    }

    private string NameOf(RoundMatch proposal) => $"{_round}/matches/{proposal.Mentee.Split('/')[^1]}";
}
