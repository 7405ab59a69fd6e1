using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Domain;
using Mentoring.Grains.Matches;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Manual overrides cut short between their writes: the retry with the same request id finishes them, and no one is
/// left with two active matches or, once the retry is through, with none.
/// </summary>
public sealed class MatchOverrideTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task An_assign_that_failed_after_ending_the_old_match_is_finished_by_its_retry_with_one_active_match()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("override-assign-crash");
        var overrides = Overrides(programmeId);
        string? requestId = null;
        RoundMatch? target = null;
        RoundMatch moved = matches[0];
        var refusals = new List<string>();
        foreach (var (mentee, candidate) in matches.SelectMany(a => matches.Where(b => b.MentorId != a.MentorId).Select(b => (a, b))))
        {
            moved = mentee;
            var id = $"assign-{mentee.MenteeId}-{candidate.MentorId}";
            fixture.OverrideFaults.Arm(id, OverrideStep.Replaced);
            try
            {
                var refused = await overrides.AssignAsync(id, moved.MenteeId, candidate.MentorId);
                Assert.True(refused.Status == OverrideStatus.Refused, $"{refused.Status} {refused.Rule} {refused.Message}");
                refusals.Add($"{mentee.MenteeId}-{candidate.MentorId}: {refused.Rule}");
            }
            catch (SimulatedCrashException)
            {
                (requestId, target) = (id, candidate);
                break;
            }
        }

        Assert.True(requestId is not null && target is not null, $"No mentor of the round may take the mentee: {string.Join("; ", refusals)}");
        var oldPage = (await Grains.FindAsync(programmeId, roundId, moved.MenteeId))!;
        var between = await oldPage.GetMatchAsync(moved.MenteeId);
        var slotsBetween = await Grains.Participant(programmeId, moved.MenteeId).GetMatchSlotsAsync(MatchRole.Mentee);

        var retried = await overrides.AssignAsync(requestId, moved.MenteeId, target.MentorId);
        var again = await overrides.AssignAsync(requestId, moved.MenteeId, target.MentorId);

        Assert.Equal((MatchState.Declined, OverrideReasons.Reassigned), (between!.State, between.Reason));
        Assert.Empty(slotsBetween);
        var created = Assert.Single(retried.Matches);
        Assert.Equal((OverrideStatus.Done, MatchState.Active, target.MentorId), (retried.Status, created.State, created.MentorId));
        Assert.Equal((OverrideStatus.Done, created.RoundId, MatchState.Active), (again.Status, Assert.Single(again.Matches).RoundId, again.Matches[0].State));
        var name = MatchKeys.Match(programmeId, created.RoundId, moved.MenteeId);
        Assert.Equal(name, Assert.Single(await Grains.Participant(programmeId, moved.MenteeId).GetMatchSlotsAsync(MatchRole.Mentee)));
        Assert.Equal(name, Assert.Single(await Grains.Participant(programmeId, target.MentorId).GetMatchSlotsAsync(MatchRole.Mentor)));
    }

    [Fact]
    public async Task A_swap_of_active_matches_that_failed_between_its_writes_leaves_each_person_one_slot_after_the_retry()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("override-swap-crash");
        var overrides = Overrides(programmeId);
        foreach (var match in matches)
        {
            var page = (await Grains.FindAsync(programmeId, roundId, match.MenteeId))!;
            await page.AcceptAsync(match.MenteeId, match.MenteeId);
            await page.AcceptAsync(match.MenteeId, match.MentorId);
        }

        (string RequestId, RoundMatch A, RoundMatch B)? crashed = null;
        foreach (var (a, b) in matches.SelectMany(a => matches.Where(b => string.CompareOrdinal(a.MenteeId, b.MenteeId) < 0 && a.MentorId != b.MentorId).Select(b => (a, b))))
        {
            var id = $"swap-{a.MenteeId}-{b.MenteeId}";
            fixture.OverrideFaults.Arm(id, OverrideStep.Replaced);
            try
            {
                Assert.Equal(OverrideStatus.Refused, (await overrides.SwapAsync(id, new(roundId, a.MenteeId), new(roundId, b.MenteeId))).Status);
            }
            catch (SimulatedCrashException)
            {
                crashed = (id, a, b);
                break;
            }
        }

        Assert.True(crashed is not null, "No two matches of the round can trade mentors.");
        var (requestId, first, second) = crashed.Value;

        var retried = await overrides.SwapAsync(requestId, new(roundId, first.MenteeId), new(roundId, second.MenteeId));

        Assert.Equal(OverrideStatus.Done, retried.Status);
        Assert.Equal(
            new[] { (first.MenteeId, second.MentorId), (second.MenteeId, first.MentorId) }.Order(),
            retried.Matches.Select(m => (m.MenteeId, m.MentorId)).Order());
        foreach (var created in retried.Matches)
        {
            var name = MatchKeys.Match(programmeId, created.RoundId, created.MenteeId);
            Assert.Equal(MatchState.Active, created.State);
            Assert.Equal(name, Assert.Single(await Grains.Participant(programmeId, created.MenteeId).GetMatchSlotsAsync(MatchRole.Mentee)));
            Assert.Contains(name, await Grains.Participant(programmeId, created.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));
            Assert.DoesNotContain(MatchKeys.Match(programmeId, roundId, created.MenteeId), await Grains.Participant(programmeId, created.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));
        }

        foreach (var old in new[] { first, second })
        {
            var page = (await Grains.FindAsync(programmeId, roundId, old.MenteeId))!;
            Assert.Equal((MatchState.Ended, OverrideReasons.Reassigned), ((await page.GetMatchAsync(old.MenteeId))!.State, (await page.GetMatchAsync(old.MenteeId))!.Reason));
        }
    }

    [Fact]
    public async Task Erasing_an_assigned_mentee_leaves_the_pseudonym_on_the_override_page_and_in_its_journal()
    {
        var (programmeId, _, matches) = await PublishedRoundAsync("override-erasure");
        var overrides = Overrides(programmeId);
        var (requestId, menteeId, mentorId, match) = await AssignAnyAsync(overrides, matches);

        var ticket = await Grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, menteeId)).EraseAsync(null);

        var page = (await Grains.FindAsync(programmeId, match.RoundId, ticket.Pseudonym!))!;
        Assert.Null(await page.GetMatchAsync(menteeId));
        Assert.Equal((mentorId, MatchState.Active), ((await page.GetMatchAsync(ticket.Pseudonym!))!.MentorId, (await page.GetMatchAsync(ticket.Pseudonym!))!.State));
        Assert.DoesNotContain(await page.ListMatchesAsync(), m => m.MenteeId == menteeId || m.MentorId == menteeId);
        // The journal no longer holds the erased id, so the original arguments no longer match the request id's override.
        Assert.Equal(OverrideStatus.Invalid, (await overrides.AssignAsync(requestId, menteeId, mentorId)).Status);
    }

    [Fact]
    public async Task Purging_the_programme_removes_the_overrides_and_their_pages()
    {
        const string ProgrammeId = "override-purge";
        var (_, _, matches) = await PublishedRoundAsync(ProgrammeId);
        await AssignAnyAsync(Overrides(ProgrammeId), matches);
        Assert.NotEmpty(await fixture.Cluster.Table.RowsContainingAsync($"{ProgrammeId}/overrides"));

        Assert.Equal(WriteStatus.Deleted, await Grains.Programme(ProgrammeId).DeleteAsync(null, force: true));

        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(ProgrammeId));
        Assert.Empty(await Overrides(ProgrammeId).RoundIdsAsync());
    }

    [Fact]
    public async Task A_later_round_treats_an_assigned_mentee_as_placed_and_counts_the_mentors_slot()
    {
        const string ProgrammeId = "override-later-round";
        var (_, _, matches) = await PublishedRoundAsync(ProgrammeId);
        var (_, menteeId, mentorId, _) = await AssignAnyAsync(Overrides(ProgrammeId), matches);

        var later = await RoundDriver.RunAsync(Grains, ProgrammeId, "second", RoundScope.All);
        var (proposed, _) = await RoundDriver.ResultAsync(Grains, ProgrammeId, later.Spec.RoundId);

        Assert.DoesNotContain(proposed, m => m.MenteeId == menteeId);
        var capacity = (await Grains.Participant(ProgrammeId, mentorId).GetAsync())!.Participant.Capacity;
        Assert.True(proposed.Count(m => m.MentorId == mentorId) <= capacity - 1, $"{mentorId} was proposed beyond its free slots.");
    }

    /// <summary>The first assign of a round's mentee to another match's mentor that the rules allow.</summary>
    private static async Task<(string RequestId, string MenteeId, string MentorId, MatchSnapshot Match)> AssignAnyAsync(IMatchOverridesGrain overrides, List<RoundMatch> matches)
    {
        var attempt = 0;
        foreach (var (mentee, mentor) in matches.SelectMany(a => matches.Where(b => b.MentorId != a.MentorId).Select(b => (a.MenteeId, b.MentorId))))
        {
            var id = $"assign-{attempt++}";
            if (await overrides.AssignAsync(id, mentee, mentor) is { Status: OverrideStatus.Done } done)
            {
                return (id, mentee, mentor, done.Matches[0]);
            }
        }

        throw new InvalidOperationException("No mentor of the round may take any mentee.");
    }

    private IMatchOverridesGrain Overrides(string programmeId) => Grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId));

    private async Task<(string ProgrammeId, string RoundId, List<RoundMatch> Matches)> PublishedRoundAsync(string programmeId)
    {
        await RoundScenario.Create(programmeId, mentees: 12, mentors: 10, seed: 19).WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId);
        Assert.True(matches.Count >= 4, $"The round proposed only {matches.Count} matches.");
        return (programmeId, round.Spec.RoundId, matches);
    }
}
