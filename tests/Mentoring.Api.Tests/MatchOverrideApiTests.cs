using Google.Rpc;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>Manual overrides through the gateway: an admin assigns or swaps, checked against capacity and hard rules, and audited.</summary>
public sealed class MatchOverrideApiTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private const string Reassigned = "reassigned by an admin";
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "override-" + Guid.NewGuid().ToString("N")[..8];
    private List<RoundMatch> _proposed = [];
    private string _round = "";

    private MatchService.MatchServiceClient Matches => new(_channel);

    private string Parent => $"programmes/{_programmeId}";

    public async Task InitializeAsync()
    {
        await _clients.CreateProgrammeAsync(_programmeId);
        await RoundPopulation.ImportAsync(_clients, Parent, mentors: 4, mentees: 6, capacity: 1);
        var rounds = new RoundService.RoundServiceClient(_channel);
        var started = await rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "publish-1" });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, started.Name))[^1].State);
        _round = started.Name;
        _proposed = await RoundCalls.ListAllMatchesAsync(rounds, started.Name, pageSize: 100);
        Assert.Equal(4, _proposed.Count);
    }

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_assigned_mentee_gets_an_active_match_its_proposal_is_declined_a_retry_returns_the_same_match_and_the_export_has_both()
    {
        var moved = _proposed[0];
        var freeMentor = _proposed[1].Mentor;
        var request = new CreateMatchRequest { Parent = Parent, Mentee = moved.Mentee, Mentor = freeMentor, RequestId = "assign-1" };

        var assigned = await Matches.CreateMatchAsync(request);
        var retried = await Matches.CreateMatchAsync(request);
        var old = await Matches.GetMatchAsync(new GetMatchRequest { Name = NameOf(moved) });
        var active = await Matches.ListMatchesAsync(new ListMatchesRequest { Parent = $"{Parent}/rounds/-", State = MatchState.Active });
        var export = await new DataProtectionService.DataProtectionServiceClient(_channel).ExportParticipantAsync(new ExportParticipantRequest { Name = moved.Mentee });

        Assert.Equal((moved.Mentee, freeMentor, MatchState.Active), (assigned.Mentee, assigned.Mentor, assigned.State));
        Assert.Equal(assigned.Name, retried.Name);
        Assert.Equal(assigned, await Matches.GetMatchAsync(new GetMatchRequest { Name = assigned.Name }));
        Assert.Equal((MatchState.Declined, Reassigned), (old.State, old.DeclineReason));
        Assert.Equal([assigned.Name], active.Matches.Select(m => m.Name));
        Assert.Equal([old.Name, assigned.Name], export.Matches.Select(m => m.Name));
    }

    [Fact]
    public async Task A_mentor_at_capacity_refuses_an_assign_and_nothing_changes()
    {
        var held = _proposed[0];
        await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = NameOf(held), Participant = held.Mentee });
        await Matches.AcceptMatchAsync(new AcceptMatchRequest { Name = NameOf(held), Participant = held.Mentor });
        var other = _proposed[1];

        var failure = await PreconditionAsync(() => Matches.CreateMatchAsync(
            new CreateMatchRequest { Parent = Parent, Mentee = other.Mentee, Mentor = held.Mentor, RequestId = "full-1" }).ResponseAsync);

        Assert.Equal(("MentorCapacity", held.Mentor), (failure.Type, failure.Subject));
        Assert.Equal(MatchState.Proposed, (await Matches.GetMatchAsync(new GetMatchRequest { Name = NameOf(other) })).State);
        Assert.DoesNotContain((await Matches.ListMatchesAsync(new ListMatchesRequest { Parent = $"{Parent}/rounds/-" })).Matches, m => m.Round != _round);
    }

    [Fact]
    public async Task A_pair_that_breaks_a_hard_rule_is_refused_with_the_rule_named()
    {
        var speaksOnlyJapanese = Builders.Mentor("Kenji");
        speaksOnlyJapanese.Languages.Clear();
        speaksOnlyJapanese.Languages.Add("ja");
        await _clients.Participants.CreateParticipantAsync(new CreateParticipantRequest { Parent = Parent, ParticipantId = "kenji", Participant = speaksOnlyJapanese });
        var mentee = _proposed[0];

        var failure = await PreconditionAsync(() => Matches.CreateMatchAsync(
            new CreateMatchRequest { Parent = Parent, Mentee = mentee.Mentee, Mentor = $"{Parent}/participants/kenji", RequestId = "rule-1" }).ResponseAsync);

        Assert.Equal(("NoSharedLanguage", "no shared language"), (failure.Type, failure.Description));
        Assert.Equal(MatchState.Proposed, (await Matches.GetMatchAsync(new GetMatchRequest { Name = NameOf(mentee) })).State);
    }

    [Fact]
    public async Task Swapping_two_proposals_makes_both_new_pairs_active_and_declines_the_old_ones()
    {
        var (a, b) = (_proposed[0], _proposed[1]);

        var swapped = await Matches.SwapMatchesAsync(new SwapMatchesRequest { Parent = Parent, Matches = { NameOf(a), NameOf(b) }, RequestId = "swap-1" });

        var pairs = swapped.Matches.Select(m => (m.Mentee, m.Mentor, m.State)).Order().ToList();
        Assert.Equal(new[] { (a.Mentee, b.Mentor, MatchState.Active), (b.Mentee, a.Mentor, MatchState.Active) }.Order(), pairs);
        foreach (var old in new[] { a, b })
        {
            var match = await Matches.GetMatchAsync(new GetMatchRequest { Name = NameOf(old) });
            Assert.Equal((MatchState.Declined, Reassigned), (match.State, match.DeclineReason));
        }
    }

    [Fact]
    public async Task A_swap_with_a_declined_match_is_refused_and_the_open_one_stays()
    {
        var (declined, open) = (_proposed[0], _proposed[1]);
        await Matches.DeclineMatchAsync(new DeclineMatchRequest { Name = NameOf(declined), Participant = declined.Mentee });

        var failure = await PreconditionAsync(() => Matches.SwapMatchesAsync(
            new SwapMatchesRequest { Parent = Parent, Matches = { NameOf(open), NameOf(declined) }, RequestId = "swap-2" }).ResponseAsync);

        Assert.Equal(("MatchNotOpen", NameOf(declined)), (failure.Type, failure.Subject));
        Assert.Equal(MatchState.Proposed, (await Matches.GetMatchAsync(new GetMatchRequest { Name = NameOf(open) })).State);
    }

    [Fact]
    public async Task Overrides_are_in_the_audit_log_with_their_outcome()
    {
        var moved = _proposed[2];
        await Matches.CreateMatchAsync(new CreateMatchRequest { Parent = Parent, Mentee = moved.Mentee, Mentor = _proposed[3].Mentor, RequestId = "audit-1" });
        await PreconditionAsync(() => Matches.SwapMatchesAsync(
            new SwapMatchesRequest { Parent = Parent, Matches = { NameOf(moved), NameOf(_proposed[0]) }, RequestId = "audit-2" }).ResponseAsync);

        var entries = (await new AuditService.AuditServiceClient(_channel).ListAuditEntriesAsync(
            new ListAuditEntriesRequest { Parent = $"tenants/{TestCredentials.Tenant}", PageSize = 1000 })).AuditEntries;

        Assert.Contains(entries, e => e.Method == "mentoring.v1.MatchService/CreateMatch" && e.Resource == moved.Mentee && e.Outcome == "OK");
        Assert.Contains(entries, e => e.Method == "mentoring.v1.MatchService/SwapMatches" && e.Resource == Parent && e.Outcome == "FAILED_PRECONDITION");
    }

    [Fact]
    public async Task An_assign_over_rest_is_the_same_match_as_over_grpc()
    {
        using var rest = RestClient.For(fixture.Gateway);
        var moved = _proposed[0];

        var overRest = await rest.CallAsync<Match>(HttpMethod.Post, $"/v1/{Parent}/matches",
            new CreateMatchRequest { Mentee = moved.Mentee, Mentor = _proposed[1].Mentor, RequestId = "rest-1" });

        var listedOverRest = await rest.CallAsync<ListMatchesResponse>(HttpMethod.Get, $"/v1/{Parent}/rounds/-/matches:list?state=MATCH_STATE_ACTIVE");
        var roundOverRest = await rest.CallAsync<ListRoundMatchesResponse>(HttpMethod.Get, $"/v1/{_round}/matches");

        Assert.Equal(MatchState.Active, overRest.State);
        Assert.Equal(overRest, await Matches.GetMatchAsync(new GetMatchRequest { Name = overRest.Name }));
        Assert.Equal(overRest, Assert.Single(listedOverRest.Matches));
        Assert.Equal(_proposed.Count, roundOverRest.Matches.Count);
    }

    private static async Task<PreconditionFailure.Types.Violation> PreconditionAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        return Assert.Single(Assert.Single(status.Details).Unpack<PreconditionFailure>().Violations);
    }

    private string NameOf(RoundMatch proposal) => $"{_round}/matches/{proposal.Mentee.Split('/')[^1]}";
}
