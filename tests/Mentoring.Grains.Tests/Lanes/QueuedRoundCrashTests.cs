using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>A round waiting for admission is recorded before it waits: killing its coordinator's silo loses nothing.</summary>
public sealed class QueuedRoundCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly LaneClusterFixture _fixture = new(silos: 3);

    private IGrainFactory Grains => _fixture.Cluster.Client;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_queued_round_whose_silo_dies_is_admitted_elsewhere_and_runs_to_done()
    {
        var first = RoundScenario.Create("queued-crash-a", mentees: 20, mentors: 20, seed: 11);
        var second = RoundScenario.Create("queued-crash-b", mentees: 20, mentors: 20, seed: 12);
        await first.WriteAsync(Grains);
        await second.WriteAsync(Grains);
        var lanes = _fixture.Lanes;
        var holds = new List<LaneHold>();
        string firstRound, secondRound;
        try
        {
            foreach (var lane in lanes)
            {
                holds.Add(await LaneHold.TakeAsync(lane));
            }

            firstRound = await StartAsync(first.Programme.Id, "queued-crash-1");
            await Eventually.UntilAsync(() => lanes.Any(l => l.Queued > 0), Timeout, "the first round to be admitted and wait in a lane");
            secondRound = await StartAsync(second.Programme.Id, "queued-crash-2");
            await Eventually.WaitAsync(
                () => Coordinator(second.Programme.Id, secondRound).GetAsync(),
                round => round is { Progress.Phase: RoundPhase.Queued },
                Timeout,
                "the second round to report the queued phase");

            var placement = await Grains.ActivationsBySiloAsync([Coordinator(second.Programme.Id, secondRound)]);
            var victim = _fixture.Cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(Assert.Single(placement).Key));
            await _fixture.Cluster.Cluster.KillSiloAsync(victim);
            await _fixture.Cluster.Cluster.WaitForLivenessToStabilizeAsync(didKill: true);
        }
        finally
        {
            foreach (var hold in holds)
            {
                await hold.DisposeAsync();
            }
        }

        var firstFinal = await WaitFinalThroughFailuresAsync(first.Programme.Id, firstRound);
        var secondFinal = await WaitFinalThroughFailuresAsync(second.Programme.Id, secondRound);

        Assert.Equal(RoundPhase.Done, firstFinal.Progress.Phase);
        Assert.Equal(RoundPhase.Done, secondFinal.Progress.Phase);
        Assert.True(secondFinal.Report!.MatchedCount > 0);
        Assert.Empty((await Grains.GetGrain<IRoundAdmissionGrain>(RoundKeys.Admission).GetAsync()).Running);
    }

    private async Task<string> StartAsync(string programmeId, string requestId)
    {
        var started = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).StartAsync(requestId, RoundScope.All, null, false);
        Assert.Equal(StartRoundStatus.Started, started.Status);
        return started.Round!.Spec.RoundId;
    }

    private IRoundCoordinatorGrain Coordinator(string programmeId, string roundId) =>
        Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));

    // A call may meet the coordinator's activation while its silo goes; the next one activates it on a survivor.
    private Task<RoundSnapshot> WaitFinalThroughFailuresAsync(string programmeId, string roundId) =>
        Eventually.SucceedsAsync(
            async () => await Coordinator(programmeId, roundId).GetAsync() is { Progress.IsFinal: true } final ? final : null,
            Timeout,
            $"round {roundId} to end",
            TimeSpan.FromMilliseconds(200));
}
