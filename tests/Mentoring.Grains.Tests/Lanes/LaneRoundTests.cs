using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>
/// Work classes on a real silo: round work waits for the background lane while interactive calls go through, and rounds
/// beyond the cluster's limit wait in the Queued phase. Asserted on the order of events, with the lane held by the test.
/// </summary>
public sealed class LaneRoundTests(LaneClusterFixture fixture) : IClassFixture<LaneClusterFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Interactive_calls_complete_while_the_lane_is_saturated_and_the_round_runs_once_it_frees()
    {
        var scenario = RoundScenario.Create("lane-interactive", mentees: 20, mentors: 20, seed: 5);
        await scenario.WriteAsync(Grains);
        var mentee = scenario.Participants.First(p => p.IsMentee);
        string roundId;

        await using (await LaneHold.TakeAsync(fixture.Lane))
        {
            roundId = await StartAsync(scenario.Programme.Id, "lane-interactive-1");

            // The round's encoding is queued behind the held workers: it cannot pass the snapshot phase.
            await Eventually.UntilAsync(() => fixture.Lane.Queued > 0, Timeout, "the round's first piece to wait in the lane");

            var recommended = await Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(scenario.Programme.Id)).RecommendAsync(mentee.Id, 3);
            var updated = await Grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(mentee.ProgrammeId, mentee.Id))
                .WriteAsync(mentee with { DisplayName = "Updated while the lane is full" }, WriteMode.Upsert, null);
            var read = await Grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(mentee.ProgrammeId, mentee.Id)).GetAsync();
            var round = await Coordinator(scenario.Programme.Id, roundId).GetAsync();

            Assert.NotNull(recommended);
            Assert.NotEmpty(recommended.Value);
            Assert.Equal(WriteStatus.Updated, updated.Status);
            Assert.Equal("Updated while the lane is full", read!.Participant.DisplayName);
            Assert.Equal(RoundPhase.Snapshot, round!.Progress.Phase);
            Assert.True(fixture.Lane.Queued > 0, "The round's work left the lane's queue while every worker was held.");
        }

        var final = await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, roundId, Timeout);
        Assert.Equal(RoundPhase.Done, final.Progress.Phase);
        Assert.True(final.Report!.MatchedCount > 0);
    }

    [Fact]
    public async Task Cache_rebuilds_never_wait_for_the_round_lane_so_a_request_past_twice_the_bound_is_served_fresh_while_it_is_held()
    {
        var maxStaleness = new RecommendationOptions().MaxStaleness;
        var scenario = RoundScenario.Create("lane-recommend", mentees: 10, mentors: 30, seed: 43);
        await scenario.WriteAsync(Grains);
        var mentee = scenario.Participants.First(p => p.IsMentee);
        var recommendations = Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(scenario.Programme.Id));
        var mentorId = (await recommendations.RecommendAsync(mentee.Id, 3))!.Value[0].MentorId;

        // Every silo's round lane is held, wherever the cache lives.
        var holds = new List<LaneHold>();
        foreach (var lane in fixture.Lanes)
        {
            holds.Add(await LaneHold.TakeAsync(lane));
        }

        try
        {
            // Past the bound: the cache still answers and rebuilds in the background, on the recommendation lane.
            fixture.RecommendationClock.Advance(maxStaleness + TimeSpan.FromSeconds(1));
            Assert.Contains((await recommendations.RecommendAsync(mentee.Id, 3))!.Value, m => m.MentorId == mentorId);

            var erased = await Grains.GetGrain<Abstractions.Security.IParticipantErasureGrain>(GrainKeys.Participant(scenario.Programme.Id, mentorId)).EraseAsync(null);
            Assert.Equal(WriteStatus.Deleted, erased.Status);

            // Past twice the bound: this request waits for a rebuild, which reads the erasure although every worker of
            // every round lane is still held.
            fixture.RecommendationClock.Advance(2 * maxStaleness + TimeSpan.FromSeconds(1));
            var fresh = await recommendations.RecommendAsync(mentee.Id, 30);

            Assert.NotNull(fresh);
            Assert.NotEmpty(fresh.Value);
            Assert.DoesNotContain(fresh.Value, m => m.MentorId == mentorId);
            Assert.All(fixture.Lanes, lane => Assert.Equal(0, lane.Queued));
        }
        finally
        {
            foreach (var hold in holds)
            {
                await hold.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task With_a_cluster_limit_of_one_a_second_round_reports_queued_and_runs_after_the_first()
    {
        var first = RoundScenario.Create("lane-admission-a", mentees: 20, mentors: 20, seed: 7);
        var second = RoundScenario.Create("lane-admission-b", mentees: 20, mentors: 20, seed: 8);
        await first.WriteAsync(Grains);
        await second.WriteAsync(Grains);
        string firstRound, secondRound;

        await using (await LaneHold.TakeAsync(fixture.Lane))
        {
            firstRound = await StartAsync(first.Programme.Id, "lane-admission-1");
            await Eventually.UntilAsync(() => fixture.Lane.Queued > 0, Timeout, "the first round to be admitted and wait in the lane");
            secondRound = await StartAsync(second.Programme.Id, "lane-admission-2");

            var queued = await Eventually.WaitAsync(
                () => Coordinator(second.Programme.Id, secondRound).GetAsync(),
                round => round is { Progress.Phase: RoundPhase.Queued },
                Timeout,
                "the second round to report the queued phase");
            var admission = await Grains.GetGrain<IRoundAdmissionGrain>(RoundKeys.Admission).GetAsync();

            Assert.Equal(RoundPhase.Queued, queued!.Progress.Phase);
            Assert.Equal(RoundKeys.Round(first.Programme.Id, firstRound), string.Join(", ", admission.Running));
            Assert.Equal(RoundKeys.Round(second.Programme.Id, secondRound), string.Join(", ", admission.Waiting));
        }

        var firstFinal = await RoundDriver.WaitFinalAsync(Grains, first.Programme.Id, firstRound, Timeout);
        var secondFinal = await RoundDriver.WaitFinalAsync(Grains, second.Programme.Id, secondRound, Timeout);

        Assert.Equal(RoundPhase.Done, firstFinal.Progress.Phase);
        Assert.Equal(RoundPhase.Done, secondFinal.Progress.Phase);
        Assert.DoesNotContain(RoundPhase.Queued, fixture.Events.Of(first.Programme.Id));
        Assert.Equal(
            [RoundPhase.Queued, RoundPhase.Snapshot, RoundPhase.Scoring, RoundPhase.Solving, RoundPhase.Publishing, RoundPhase.Done],
            fixture.Events.Of(second.Programme.Id));
        Assert.True(
            fixture.Events.IndexOf(first.Programme.Id, RoundPhase.Done) < fixture.Events.IndexOf(second.Programme.Id, RoundPhase.Snapshot),
            "The queued round started before the first round finished.");
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
}
