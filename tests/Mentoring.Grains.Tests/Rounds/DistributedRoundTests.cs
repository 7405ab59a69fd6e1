using Mentoring.Abstractions;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;
using Mentoring.Matching;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>A round fanned out over three silos gives exactly what the in-process engine gives on the same data.</summary>
public sealed class DistributedRoundTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.StableMenteeProposing)]
    [InlineData(SolverMode.StableMentorProposing)]
    [InlineData(SolverMode.Peer)]
    public async Task A_distributed_round_equals_the_in_process_engine(SolverMode mode)
    {
        var scenario = RoundScenario.Create($"equal-{mode}".ToLowerInvariant(), mentees: 60, mentors: 40, seed: 7, mode);
        await scenario.WriteAsync(Grains);

        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "first");
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, round.Spec.RoundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme, scenario.Participants));

        Assert.Equal(RoundPhase.Done, round.Progress.Phase);
        Assert.NotEmpty(matches);
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Matches.Select(m => m.Reasons), matches.Select(m => (IReadOnlyList<string>)[.. m.Reasons]));
        Assert.Equal(expected.Unmatched.Select(u => (u.MenteeId, u.Reason)), unmatched.Select(u => (u.MenteeId, u.Reason)));
        Assert.Equal(expected.Summary.MatchedCount, round.Report!.MatchedCount);
        Assert.Equal(round.Progress.PairsTotal, round.Progress.PairsScored);
        Assert.True(round.WorkItemsPerSilo.Count > 1, $"Work items ran on {string.Join(", ", round.WorkItemsPerSilo)} only.");
        RoundAssertions.AssertValid(scenario, matches);
    }

    [Fact]
    public async Task A_round_reads_the_shards_and_activates_no_participant_grain()
    {
        var scenario = RoundScenario.Create("no-participant-activations", mentees: 50, mentors: 30, seed: 41);
        await scenario.WriteAsync(Grains);
        var participants = scenario.Participants.Select(p => Grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(p.ProgrammeId, p.Id))).ToList();
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Empty(await Grains.ActivationsBySiloAsync(participants));

        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "first");

        Assert.Equal(RoundPhase.Done, round.Progress.Phase);
        Assert.True(round.Report!.MatchedCount > 0);
        Assert.Empty(await Grains.ActivationsBySiloAsync(participants));
    }

    [Fact]
    public async Task No_mentor_takes_more_mentees_than_capacity_and_no_mentee_is_matched_twice()
    {
        var scenario = RoundScenario.Create("capacity", mentees: 120, mentors: 30, seed: 11);
        await scenario.WriteAsync(Grains);

        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "capacity");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, round.Spec.RoundId);

        RoundAssertions.AssertValid(scenario, matches);
    }

    [Fact]
    public async Task Retrying_a_start_with_the_same_request_id_returns_the_same_round()
    {
        var scenario = RoundScenario.Create("retry", mentees: 20, mentors: 10, seed: 3);
        await scenario.WriteAsync(Grains);
        var rounds = Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id));

        var first = await rounds.StartAsync("same-request", RoundScope.All, null, dryRun: false);
        var again = await rounds.StartAsync("same-request", RoundScope.All, null, dryRun: false);

        Assert.Equal(StartRoundStatus.Started, first.Status);
        Assert.Equal(StartRoundStatus.Existing, again.Status);
        Assert.Equal(first.Round!.Spec.RoundId, again.Round!.Spec.RoundId);
        await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, first.Round.Spec.RoundId);
    }

    [Fact]
    public async Task A_dry_run_with_a_policy_of_its_own_matches_as_the_engine_does_with_that_policy_and_leaves_the_programme_as_it_was()
    {
        var scenario = RoundScenario.Create("policy-override", mentees: 60, mentors: 30, seed: 23);
        scenario = scenario with { Programme = scenario.Programme with { Policy = scenario.Programme.Policy with { MaxTimeZoneDistanceHours = 1 } } };
        await scenario.WriteAsync(Grains);
        var wider = scenario.Programme.Policy with { MaxTimeZoneDistanceHours = 12 };

        var baseline = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "baseline", dryRun: true);
        var relaxed = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "wider", dryRun: true, policy: wider);
        var (matches, unmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, relaxed.Spec.RoundId);
        var expected = new MatchingEngine().Run(new MatchingRequest(scenario.Programme with { Policy = wider }, scenario.Participants));

        Assert.Equal(wider, relaxed.Spec.Policy);
        Assert.Null(baseline.Spec.Policy);
        Assert.True(relaxed.Report!.MatchedCount > baseline.Report!.MatchedCount, $"{relaxed.Report.MatchedCount} matched with 12 h, {baseline.Report.MatchedCount} with 1 h");
        Assert.Equal(expected.Matches.Select(m => (m.MenteeId, m.MentorId, m.Score)), matches.Select(m => (m.MenteeId, m.MentorId, m.Score)));
        Assert.Equal(expected.Unmatched.Select(u => (u.MenteeId, u.Reason)), unmatched.Select(u => (u.MenteeId, u.Reason)));
        var programme = await Grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(scenario.Programme.Id)).GetAsync();
        Assert.Equal(1, programme!.Programme.Policy.MaxTimeZoneDistanceHours);
        Assert.Empty(await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).PublishedRoundsAsync());
    }

    [Fact]
    public async Task A_second_round_while_one_runs_is_refused()
    {
        var scenario = RoundScenario.Create("concurrent", mentees: 300, mentors: 120, seed: 5);
        await scenario.WriteAsync(Grains);
        var rounds = Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id));

        var first = await rounds.StartAsync("one", RoundScope.All, null, dryRun: true);
        var second = await rounds.StartAsync("two", RoundScope.All, null, dryRun: true);

        Assert.Equal(StartRoundStatus.Started, first.Status);
        Assert.Equal(StartRoundStatus.AnotherRoundRunning, second.Status);
        Assert.Equal(first.Round!.Spec.RoundId, second.Round!.Spec.RoundId);
        await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, first.Round.Spec.RoundId);
    }

    [Fact]
    public async Task An_unmatched_only_round_rematches_whoever_is_left_and_never_repeats_a_pair()
    {
        var scenario = RoundScenario.Create("rematch", mentees: 80, mentors: 20, seed: 13);
        await scenario.WriteAsync(Grains);
        var first = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "first");
        var (firstMatches, firstUnmatched) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, first.Spec.RoundId);

        var second = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "second", RoundScope.UnmatchedOnly);
        var (secondMatches, _) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, second.Spec.RoundId);

        var placedBefore = firstMatches.Select(m => m.MenteeId).ToHashSet();
        Assert.All(secondMatches, m => Assert.DoesNotContain(m.MenteeId, placedBefore));
        Assert.Equal(firstUnmatched.Count, second.Report!.MenteeCount);
        var capacity = scenario.Participants.Where(p => p.IsMentor).ToDictionary(p => p.Id, p => p.Capacity);
        Assert.All(firstMatches.Concat(secondMatches).GroupBy(m => m.MentorId), g => Assert.True(g.Count() <= capacity[g.Key]));
    }

    [Fact]
    public async Task A_dry_run_reports_but_publishes_nothing_for_later_rounds()
    {
        var scenario = RoundScenario.Create("dry-run", mentees: 30, mentors: 15, seed: 17);
        await scenario.WriteAsync(Grains);

        var dry = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "dry", dryRun: true);
        var next = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, "next", RoundScope.UnmatchedOnly);

        Assert.True(dry.Report!.MatchedCount > 0);
        Assert.Equal(dry.Report.MenteeCount, next.Report!.MenteeCount);
        Assert.Equal(dry.Report.MatchedCount, next.Report.MatchedCount);
        var published = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id)).PublishedRoundsAsync();
        Assert.Equal(next.Spec.RoundId, Assert.Single(published));
    }

    [Fact]
    public async Task A_cancelled_round_stops_and_publishes_nothing()
    {
        var scenario = RoundScenario.Create("cancel", mentees: 400, mentors: 160, seed: 31);
        await scenario.WriteAsync(Grains);
        var rounds = Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(scenario.Programme.Id));
        var started = await rounds.StartAsync("cancel-me", RoundScope.All, null, dryRun: false);
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(scenario.Programme.Id, started.Round!.Spec.RoundId));

        var cancelled = await coordinator.CancelAsync();

        Assert.Equal(RoundPhase.Cancelled, cancelled!.Progress.Phase);
        Assert.Equal(0, cancelled.MatchPageCount);
        Assert.Null(await coordinator.GetPageAsync(0));
        Assert.Empty(await rounds.PublishedRoundsAsync());
        var next = await rounds.StartAsync("after-cancel", RoundScope.All, null, dryRun: true);
        Assert.Equal(StartRoundStatus.Started, next.Status);
        await RoundDriver.WaitFinalAsync(Grains, scenario.Programme.Id, next.Round!.Spec.RoundId);
    }
}
