using Mentoring.Grains.Tests.Support;
using Mentoring.Abstractions.Rounds;
using Mentoring.Matching;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// The database refuses connections while a round on two silos publishes: an outage shorter than the retry budget
/// only delays the round; a longer one fails it with the reason, and the retried request runs it again.
/// </summary>
[Collection(StorageFaultCollection.Name)]
public sealed class StorageOutageRetryTests(StorageOutageClusterFixture fixture) : IClassFixture<StorageOutageClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_round_completes_through_an_outage_shorter_than_the_retry_budget()
    {
        var scenario = fixture.ShortOutage;
        var retriedBefore = fixture.RetryLog.Retries.Count;
        fixture.Outage.Arm(scenario.Programme.Id, RoundPhase.Publishing);

        var started = await Rounds(scenario).StartAsync("short", RoundScope.All, null, dryRun: false);
        await Eventually.UntilAsync(() => fixture.RetryLog.Retries.Count >= retriedBefore + 3, TimeSpan.FromSeconds(30), "the round to retry through the outage");
        fixture.Proxy.Start();
        var round = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, started.Round!.Spec.RoundId);

        Assert.True(round.Progress.Phase == RoundPhase.Done, $"{round.Progress.Phase}: {round.Progress.Error}");
        await AssertFaultFreeAndPublishedOnceAsync(scenario, round.Spec.RoundId);
    }

    [Fact]
    public async Task An_outage_longer_than_the_retry_budget_fails_the_round_with_the_reason_and_the_retried_request_runs_it_again()
    {
        var scenario = fixture.LongOutage;
        fixture.Outage.Arm(scenario.Programme.Id, RoundPhase.Publishing);

        var started = await Rounds(scenario).StartAsync("long", RoundScope.All, null, dryRun: false);
        var failed = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, started.Round!.Spec.RoundId);
        fixture.Proxy.Start();

        Assert.Equal(RoundPhase.Failed, failed.Progress.Phase);
        Assert.True(failed.Progress.Error?.StartsWith("Storage stayed unavailable for ", StringComparison.Ordinal), failed.Progress.Error);
        Assert.Equal(0, failed.MatchPageCount);
        var retried = await Eventually.SucceedsAsync(
            async () => await Rounds(scenario).StartAsync("long", RoundScope.All, null, dryRun: false) is { Round.Progress.IsFinal: false } again ? again : null,
            TimeSpan.FromSeconds(30),
            "the retried request to run the round again");
        var round = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, retried.Round!.Spec.RoundId);

        Assert.Equal((StartRoundStatus.Existing, failed.Spec.RoundId), (retried.Status, round.Spec.RoundId));
        Assert.True(round.Progress.Phase == RoundPhase.Done, $"{round.Progress.Phase}: {round.Progress.Error}");
        await AssertFaultFreeAndPublishedOnceAsync(scenario, round.Spec.RoundId);
    }

    private IProgrammeRoundsGrain Rounds(RoundScenario scenario) => Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id));

    private async Task AssertFaultFreeAndPublishedOnceAsync(RoundScenario scenario, string roundId)
    {
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, roundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Unmatched.Select(u => u.MenteeId), unmatched.Select(u => u.MenteeId));
        Assert.Equal(roundId, Assert.Single(await Rounds(scenario).PublishedRoundsAsync()));
    }
}
