using Mentoring.Grains.Tests.Support;
using Mentoring.Abstractions.Rounds;
using Mentoring.Matching;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// The server ends every connection of the database (as a restart or failover does) once, as a round on two silos
/// enters one phase: the round retries and ends as if nothing happened.
/// </summary>
[Collection(StorageFaultCollection.Name)]
public sealed class StorageFaultRoundTests(StorageFaultClusterFixture fixture) : IClassFixture<StorageFaultClusterFixture>
{
    private static readonly RoundPhase[] FaultFreeOrder = [RoundPhase.Snapshot, RoundPhase.Scoring, RoundPhase.Solving, RoundPhase.Publishing, RoundPhase.Done];

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Theory]
    [InlineData(RoundPhase.Snapshot)]
    [InlineData(RoundPhase.Scoring)]
    [InlineData(RoundPhase.Solving)]
    [InlineData(RoundPhase.Publishing)]
    [InlineData(RoundPhase.Done)]
    public async Task A_round_whose_connections_are_all_terminated_in_a_phase_ends_done_with_the_fault_free_result_published_once(RoundPhase phase)
    {
        var scenario = fixture.ScenarioFor(phase);
        var retriedBefore = fixture.RetryLog.Retries.Count;
        fixture.Faults.Arm(scenario.Programme.Id, phase);

        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "terminated");

        Assert.True(fixture.Faults.Terminated(scenario.Programme.Id) > 0, "the fault ended no connection");
        Assert.True(fixture.RetryLog.Retries.Count > retriedBefore, "the round met no fault");
        Assert.True(round.Progress.Phase == RoundPhase.Done, $"{round.Progress.Phase}: {round.Progress.Error}");
        Assert.Equal(FaultFreeOrder, fixture.Faults.Entered(scenario.Programme.Id));
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, round.Spec.RoundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Unmatched.Select(u => u.MenteeId), unmatched.Select(u => u.MenteeId));
        var pageVersions = await PageVersionsAsync(scenario.Programme.Id, round.Spec.RoundId, round.MatchPageCount);
        Assert.Equal(1L, Assert.Single(pageVersions));
        var published = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).PublishedRoundsAsync();
        Assert.Equal(round.Spec.RoundId, Assert.Single(published));
    }

    // Every write that reaches the database moves a row's version: one distinct version of 1 means each page was stored once.
    private async Task<long[]> PageVersionsAsync(string programmeId, string roundId, int pageCount)
    {
        var versions = new List<long>();
        for (var page = 0; page < pageCount; page++)
        {
            versions.Add(await fixture.Cluster.Table.VersionAsync(RoundKeys.ResultPage(programmeId, roundId, page), "round-page") ?? 0);
        }

        Assert.True(pageCount > 1, "the round should span several pages");
        return [.. versions.Distinct()];
    }
}
