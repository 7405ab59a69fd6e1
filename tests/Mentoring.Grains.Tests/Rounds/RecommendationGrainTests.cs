using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;
using Mentoring.Testing;
using Orleans.Concurrency;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Recommendations on three silos equal those of the in-process engine on the same data; they leave out full mentors
/// and declined partners, and show a mentor's profile change once the silo's cached mentors are rebuilt.
/// </summary>
public sealed class RecommendationGrainTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private static readonly TimeSpan MaxStaleness = new RecommendationOptions().MaxStaleness;

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Theory]
    [InlineData(SolverMode.Optimal)]
    [InlineData(SolverMode.Peer)]
    public async Task Cached_recommendations_equal_the_in_process_engine(SolverMode mode)
    {
        var scenario = RoundScenario.Create($"recommend-{mode}".ToLowerInvariant(), mentees: 40, mentors: 60, seed: 13, mode);
        await scenario.WriteAsync(Grains);
        var engine = DistributedRound.Prepare(new MatchingRequest(scenario.Programme, scenario.Participants));

        foreach (var mentee in scenario.Participants.Where(p => p.IsMentee).Take(12))
        {
            var actual = await RecommendAsync(scenario.Programme.Id, mentee.Id, 6);
            var expected = engine.Recommend(mentee.Id, 6);

            Assert.Equal(expected.Select(m => (m.MentorId, m.Score)), actual.Select(m => (m.MentorId, m.Score)));
            Assert.Equal(expected.Select(m => m.Reasons), actual.Select(m => (IReadOnlyList<string>)[.. m.Reasons]));
        }
    }

    [Fact]
    public async Task A_mentors_profile_change_shows_within_the_staleness_bound()
    {
        var scenario = RoundScenario.Create("recommend-fresh", mentees: 10, mentors: 30, seed: 17);
        await scenario.WriteAsync(Grains);
        var mentee = scenario.Participants.First(p => p.IsMentee);
        var best = (await RecommendAsync(scenario.Programme.Id, mentee.Id, 3))[0];
        var mentor = scenario.Participants.Single(p => p.Id == best.MentorId);

        await Grains.Participant(scenario.Programme.Id, mentor.Id).WriteAsync(mentor with { Languages = ["xh"] }, WriteMode.Upsert, null);
        fixture.RecommendationClock.Advance(MaxStaleness + TimeSpan.FromSeconds(1));

        // Past the bound a request still answers from the cache while the rebuild it started runs.
        var after = await Eventually.WaitAsync(
            () => RecommendAsync(scenario.Programme.Id, mentee.Id, 30),
            list => list.All(m => m.MentorId != mentor.Id),
            TimeSpan.FromSeconds(30),
            $"recommendations for {mentee.Id} without the changed mentor {mentor.Id}");

        Assert.NotEmpty(after);
    }

    [Fact]
    public void The_silos_worker_and_its_cache_are_not_removed_by_the_runtimes_idle_worker_collection()
    {
        // Under steady load the runtime's adaptive collection deactivates a worker that is idle for a moment, and the
        // next request then waits for a cold rebuild that reads every row (at 10,000 mentors it held requests for
        // 100-400 ms). An idle worker is only collected after the usual collection age.
        var placement = typeof(RecommendationGrain).GetCustomAttributes(typeof(StatelessWorkerAttribute), inherit: false)
            .Cast<StatelessWorkerAttribute>().Single().PlacementStrategy;

        // The placement type itself is internal to Orleans; its description names both settings.
        var described = placement.ToString();
        Assert.Contains("MaxLocal=1,", described, StringComparison.Ordinal);
        Assert.Contains("RemoveIdleWorkers=False", described, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_quiet_spell_the_first_request_no_longer_names_a_mentor_erased_meanwhile()
    {
        var scenario = RoundScenario.Create("recommend-erased", mentees: 10, mentors: 30, seed: 41);
        await scenario.WriteAsync(Grains);
        var mentee = scenario.Participants.First(p => p.IsMentee);
        var mentorId = (await RecommendAsync(scenario.Programme.Id, mentee.Id, 3))[0].MentorId;

        // Every silo's worker builds its cache, so whichever silo answers below holds one from before the erasure.
        for (var warm = 0; warm < 9; warm++)
        {
            Assert.Contains(await RecommendAsync(scenario.Programme.Id, mentee.Id, 3), m => m.MentorId == mentorId);
        }

        var erased = await Grains.GetGrain<Abstractions.Security.IParticipantErasureGrain>(GrainKeys.Participant(scenario.Programme.Id, mentorId)).EraseAsync(null);
        Assert.Equal(WriteStatus.Deleted, erased.Status);

        // The quiet spell itself is what is tested: longer than the bound within which stale caches may still answer.
        fixture.RecommendationClock.Advance((2 * MaxStaleness) + TimeSpan.FromSeconds(1));
        var after = await RecommendAsync(scenario.Programme.Id, mentee.Id, 30);

        Assert.DoesNotContain(after, m => m.MentorId == mentorId);
        Assert.NotEmpty(after);
    }

    [Fact]
    public async Task Full_mentors_and_declined_partners_are_not_recommended_and_a_placed_mentee_gets_none()
    {
        var programmeId = "recommend-settled";
        var scenario = RoundScenario.Create(programmeId, mentees: 12, mentors: 12, seed: 31);
        scenario = scenario with { Participants = [.. scenario.Participants.Select(p => p.IsMentor ? p with { Capacity = 1 } : p)] };
        await scenario.WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId);
        var (activated, declined) = (matches[0], matches[1]);
        var page = await Grains.FindAsync(programmeId, round.Spec.RoundId, activated.MenteeId);
        await page!.AcceptAsync(activated.MenteeId, activated.MenteeId);
        Assert.Equal(MatchState.Active, (await page.AcceptAsync(activated.MenteeId, activated.MentorId)).Match!.State);
        var declinedPage = await Grains.FindAsync(programmeId, round.Spec.RoundId, declined.MenteeId);
        await declinedPage!.DeclineAsync(declined.MenteeId, declined.MenteeId);

        var forOthers = await Task.WhenAll(scenario.Participants.Where(p => p.IsMentee && p.Id != activated.MenteeId).Select(p => RecommendAsync(programmeId, p.Id, 12)));
        var forDecliner = await RecommendAsync(programmeId, declined.MenteeId, 12);
        var forPlaced = await Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(programmeId)).RecommendAsync(activated.MenteeId, 12);

        Assert.Null(forPlaced);
        Assert.All(forOthers, list => Assert.DoesNotContain(list, m => m.MentorId == activated.MentorId));
        Assert.DoesNotContain(forDecliner, m => m.MentorId == declined.MentorId);
        Assert.Contains(forOthers, list => list.Any(m => m.MentorId == declined.MentorId));
    }

    [Fact]
    public async Task An_unknown_participant_or_a_mentor_gets_no_recommendations()
    {
        var scenario = RoundScenario.Create("recommend-unknown", mentees: 3, mentors: 3, seed: 5);
        await scenario.WriteAsync(Grains);
        var grain = Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(scenario.Programme.Id));

        Assert.Null(await grain.RecommendAsync("nobody", 3));
        Assert.Null(await grain.RecommendAsync(scenario.Participants.First(p => p.Role == ParticipantRole.Mentor).Id, 3));
        Assert.Null(await Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations("no-such-programme")).RecommendAsync("mentee-0000", 3));
    }

    private async Task<List<RoundMatch>> RecommendAsync(string programmeId, string menteeId, int topN) =>
        [.. (await Grains.GetGrain<IRecommendationGrain>(RoundKeys.Recommendations(programmeId)).RecommendAsync(menteeId, topN))
            ?? throw new InvalidOperationException($"No recommendations for {menteeId}.")];
}
