using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Matching;
using Orleans.TestingHost;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Silos killed mid-round (not stopped gracefully): the round still ends with the fault-free result.</summary>
public sealed class RoundFailureTests : IAsyncLifetime
{
    private readonly RoundClusterFixture _fixture = new();

    private IGrainFactory Grains => _fixture.Cluster.Client;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_round_survives_the_death_of_a_silo_running_its_work_items()
    {
        var scenario = RoundScenario.Create("work-item-silo-dies", mentees: 400, mentors: 160, seed: 21);
        await scenario.WriteAsync(Grains);
        var roundId = await StartAndWaitForScoringAsync(scenario.Programme.Id);
        var coordinatorSilo = await SiloOfAsync(scenario.Programme.Id, roundId);

        await KillAsync(_fixture.Cluster.Cluster.Silos.First(s => !s.SiloAddress.Equals(coordinatorSilo)));

        await AssertSameAsFaultFreeAsync(scenario, roundId);
    }

    [Fact]
    public async Task A_round_resumes_after_the_death_of_its_coordinator_silo()
    {
        var scenario = RoundScenario.Create("coordinator-silo-dies", mentees: 400, mentors: 160, seed: 23);
        await scenario.WriteAsync(Grains);
        var roundId = await StartAndWaitForScoringAsync(scenario.Programme.Id);
        var coordinatorSilo = await SiloOfAsync(scenario.Programme.Id, roundId);

        await KillAsync(_fixture.Cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(coordinatorSilo)));

        await AssertSameAsFaultFreeAsync(scenario, roundId);
        var published = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).PublishedRoundsAsync();
        Assert.Equal(roundId, Assert.Single(published));
    }

    private async Task<string> StartAndWaitForScoringAsync(string programmeId)
    {
        var started = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).StartAsync("round", RoundScope.All, null, dryRun: false);
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, started.Round!.Spec.RoundId));
        await Eventually.WaitAsync(
            () => coordinator.GetAsync(),
            snapshot => snapshot!.Progress is { Phase: RoundPhase.Scoring, PairsScored: > 0 },
            TimeSpan.FromSeconds(60),
            "the round to reach the scoring phase",
            TimeSpan.FromMilliseconds(20));

        return started.Round.Spec.RoundId;
    }

    private async Task<Orleans.Runtime.SiloAddress> SiloOfAsync(string programmeId, string roundId)
    {
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
        var placement = await Grains.ActivationsBySiloAsync([coordinator]);
        return Assert.Single(placement).Key;
    }

    private async Task KillAsync(InProcessSiloHandle victim)
    {
        await _fixture.Cluster.Cluster.KillSiloAsync(victim);
        await _fixture.Cluster.Cluster.WaitForLivenessToStabilizeAsync(didKill: true);
    }

    private async Task AssertSameAsFaultFreeAsync(RoundScenario scenario, string roundId)
    {
        var round = await WaitFinalThroughFailuresAsync(scenario.Programme.Id, roundId);
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, roundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));

        Assert.Equal(RoundPhase.Done, round.Progress.Phase);
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Unmatched.Select(u => u.MenteeId), unmatched.Select(u => u.MenteeId));
        RoundAssertions.AssertValid(scenario, matches);
    }

    private async Task<RoundSnapshot> WaitFinalThroughFailuresAsync(string programmeId, string roundId)
    {
        // A call may meet the coordinator's activation while its silo goes; the next one activates it on a survivor.
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
        return await Eventually.SucceedsAsync(
            async () => await coordinator.GetAsync() is { Progress.IsFinal: true } final ? final : null,
            TimeSpan.FromMinutes(3),
            $"round {roundId} to end",
            TimeSpan.FromMilliseconds(200));
    }
}
