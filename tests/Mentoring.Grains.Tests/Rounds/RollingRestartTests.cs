using System.Diagnostics;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Matching;
using Orleans.TestingHost;
using Xunit.Abstractions;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Silos stopped gracefully one at a time, each after its replacement joined, while a round runs (a rolling restart):
/// the round ends with the fault-free result, published once.
/// </summary>
public sealed class RollingRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RoundClusterFixture _fixture = new();

    private InProcessTestCluster Cluster => _fixture.Cluster.Cluster;

    private IGrainFactory Grains => _fixture.Cluster.Client;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_rolling_restart_of_every_silo_during_a_round_loses_nothing()
    {
        var scenario = RoundScenario.Create("rolling-restart", mentees: 1200, mentors: 480, seed: 37);
        await scenario.WriteAsync(Grains);
        var started = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).StartAsync("rolling", RoundScope.All, null, dryRun: false);
        var roundId = started.Round!.Spec.RoundId;
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(scenario.Programme.Id, roundId));
        await WaitUntilAsync(async () => (await coordinator.GetAsync())!.Progress is { Phase: RoundPhase.Scoring, PairsScored: > 0 }, "scoring to start");

        // The coordinator's silo goes first: the hardest hand-over.
        var coordinatorSilo = Assert.Single(await Grains.ActivationsBySiloAsync([coordinator])).Key;
        var originals = Cluster.Silos.OrderBy(s => s.SiloAddress.Equals(coordinatorSilo) ? 0 : 1).ToList();
        var phasesAtStop = new List<RoundPhase>();
        var clock = Stopwatch.StartNew();
        foreach (var silo in originals)
        {
            await Cluster.StartAdditionalSiloAsync();
            phasesAtStop.Add((await SnapshotThroughFailuresAsync(coordinator)).Progress.Phase);
            await Cluster.StopSiloAsync(silo);
            output.WriteLine($"{clock.Elapsed}: stopped {silo.SiloAddress} while the round was {phasesAtStop[^1]}");
        }

        var round = await WaitFinalThroughFailuresAsync(scenario.Programme.Id, roundId);
        output.WriteLine($"{clock.Elapsed}: round {round.Progress.Phase}");

        Assert.False(RoundPhaseIsFinal(phasesAtStop[0]), "The round ended before the restart began; the test needs a bigger round.");
        Assert.Equal(RoundPhase.Done, round.Progress.Phase);
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, roundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Unmatched.Select(u => u.MenteeId), unmatched.Select(u => u.MenteeId));
        RoundAssertions.AssertValid(scenario, matches);
        var published = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).PublishedRoundsAsync();
        Assert.Equal(roundId, Assert.Single(published));
    }

    private static bool RoundPhaseIsFinal(RoundPhase phase) => phase is RoundPhase.Done or RoundPhase.Failed or RoundPhase.Cancelled;

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) =>
        Eventually.UntilAsync(condition, TimeSpan.FromSeconds(60), what, TimeSpan.FromMilliseconds(20));

    // A call may meet the coordinator's activation while its silo stops; the next one activates it elsewhere.
    private static Task<RoundSnapshot> SnapshotThroughFailuresAsync(IRoundCoordinatorGrain coordinator) =>
        Eventually.SucceedsAsync(() => coordinator.GetAsync(), TimeSpan.FromSeconds(60), "a snapshot of the round");

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
