using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests;

/// <summary>
/// A dry run with a policy of its own (StartRoundRequest.policy): it matches with that policy, shows it on the round,
/// changes neither the programme nor the published matches, and is refused for a live round.
/// </summary>
public sealed class RoundPolicyOverrideTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>, IAsyncLifetime
{
    private const int Mentors = 4;
    private const int Mentees = 6;

    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly Grpc.Net.Client.GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "policy-override-" + Guid.NewGuid().ToString("N")[..8];

    private RoundService.RoundServiceClient Rounds => new(_channel);

    private string Parent => $"programmes/{_programmeId}";

    // The population's mentors are in London and its mentees in Berlin, one hour apart: a zero-hour limit excludes every pair.
    public async Task InitializeAsync()
    {
        var programme = Builders.Programme();
        programme.Policy = new MatchingPolicy { MaxTimeZoneDistanceHours = 0 };
        await _clients.CreateProgrammeAsync(_programmeId, programme);
        await RoundPopulation.ImportAsync(_clients, Parent, Mentors, Mentees, capacity: 2);
    }

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_dry_run_with_a_wider_time_zone_limit_matches_with_it_and_publishes_nothing()
    {
        var programme = await _clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = Parent });
        var baseline = await RunToEndAsync(new StartRoundRequest { Parent = Parent, RequestId = "baseline", DryRun = true });
        var wider = programme.Policy.Clone();
        wider.MaxTimeZoneDistanceHours = 1;

        var relaxed = await RunToEndAsync(new StartRoundRequest { Parent = Parent, RequestId = "wider", DryRun = true, Policy = wider });

        Assert.Equal(0, baseline.Report.MatchedCount);
        Assert.Contains(baseline.Report.UnmatchedByReason, r => r.Reason.Contains("time zones too far apart", StringComparison.Ordinal));
        Assert.Null(baseline.Policy);
        Assert.Equal(Mentees, relaxed.Report.MatchedCount);
        Assert.Equal(1, relaxed.Policy.MaxTimeZoneDistanceHours);
        Assert.True(relaxed.DryRun);
        var after = await _clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = Parent });
        Assert.Equal(0, after.Policy.MaxTimeZoneDistanceHours);
        var match = (await RoundCalls.ListAllMatchesAsync(Rounds, relaxed.Name, pageSize: 100))[0];
        var matchName = $"{relaxed.Name}/matches/{match.Mentee[(match.Mentee.LastIndexOf('/') + 1)..]}";
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, async () => await new MatchService.MatchServiceClient(_channel).GetMatchAsync(new GetMatchRequest { Name = matchName }));
        var listed = await Rounds.GetRoundAsync(new GetRoundRequest { Name = relaxed.Name });
        Assert.Equal(relaxed.Policy, listed.Policy);
    }

    [Fact]
    public async Task A_policy_on_a_live_round_is_refused_and_starts_nothing()
    {
        var policy = new MatchingPolicy { MaxTimeZoneDistanceHours = 12 };

        var badRequest = await RpcAssert.RejectsFieldAsync("policy", async () =>
            await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "live-with-policy", Policy = policy }));

        Assert.Single(badRequest.FieldViolations);
        var rounds = await Rounds.ListRoundsAsync(new ListRoundsRequest { Parent = Parent });
        Assert.DoesNotContain(rounds.Rounds, r => r.RequestId == "live-with-policy");
        var programme = await _clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = Parent });
        Assert.Equal(0, programme.Policy.MaxTimeZoneDistanceHours);
    }

    [Fact]
    public async Task A_dry_run_policy_out_of_range_is_refused_with_its_field_path()
    {
        var policy = new MatchingPolicy { MaxTimeZoneDistanceHours = 13 };

        await RpcAssert.RejectsFieldAsync("policy.max_time_zone_distance_hours", async () =>
            await Rounds.StartRoundAsync(new StartRoundRequest { Parent = Parent, RequestId = "out-of-range", DryRun = true, Policy = policy }));
    }

    private async Task<Round> RunToEndAsync(StartRoundRequest request)
    {
        var started = await Rounds.StartRoundAsync(request);
        var seen = await RoundCalls.WatchToEndAsync(Rounds, started.Name);
        Assert.Equal(RoundState.Done, seen[^1].State);
        return seen[^1];
    }
}
