using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Domain;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Erasure on a 3-silo cluster with five matches per result page: nothing of the erased participant is left in any
/// row, every other match stays findable, an erased mentee's match is reachable by the pseudonym, other profiles and
/// partners' slots forget them, and an erasure that stopped half-way resumes with the same pseudonym.
/// </summary>
public sealed class ParticipantErasureTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Erasing_the_first_mentee_of_every_page_and_whole_pages_keeps_every_match_findable()
    {
        const string ProgrammeId = "erase-index";
        await RoundScenario.Create(ProgrammeId, mentees: 40, mentors: 40, seed: 23).WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, ProgrammeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, ProgrammeId, round.Spec.RoundId);
        var pages = matches.Chunk(5).ToList();
        Assert.True(pages.Count >= 4, $"Only {pages.Count} pages of matches.");

        // The first of every page, all of the second page and all of the last: pages left with no live mentee at all.
        var erased = pages.Select(page => page[0]).Concat(pages[1]).Concat(pages[^1]).DistinctBy(m => m.MenteeId).ToList();
        var pseudonyms = new Dictionary<string, string>();
        foreach (var match in erased)
        {
            var ticket = await Erasure(ProgrammeId, match.MenteeId).EraseAsync(null);
            Assert.Equal(WriteStatus.Deleted, ticket.Status);
            pseudonyms[match.MenteeId] = ticket.Pseudonym!;
        }

        foreach (var match in matches)
        {
            var address = pseudonyms.GetValueOrDefault(match.MenteeId, match.MenteeId);
            var found = await FindMatchAsync(ProgrammeId, round.Spec.RoundId, address);
            Assert.True(found is not null, $"The match of {match.MenteeId} (now {address}) is not found.");
            Assert.Equal((address, match.MentorId), (found.MenteeId, found.MentorId));
        }

        foreach (var match in erased)
        {
            Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(match.MenteeId, within: ProgrammeId));
            Assert.Null(await FindMatchAsync(ProgrammeId, round.Spec.RoundId, match.MenteeId));
        }
    }

    [Fact]
    public async Task Erasure_resumes_with_the_same_pseudonym_and_other_profiles_and_partners_forget_the_erased_id()
    {
        const string ProgrammeId = "erase-refs";
        var scenario = RoundScenario.Create(ProgrammeId, mentees: 6, mentors: 6, seed: 29);
        await scenario.WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, ProgrammeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, ProgrammeId, round.Spec.RoundId);
        var (target, mentorId) = (matches[0].MenteeId, matches[0].MentorId);
        var colleague = scenario.Participants.First(p => p.IsMentee && p.Id != target).Id;
        await ReferToAsync(ProgrammeId, mentorId, target, p => p with { RankedChoices = [target], PriorEngagements = [target] });
        await ReferToAsync(ProgrammeId, colleague, target, p => p with { ReportingLine = [target], Blocked = [target] });
        var page = await PageOfAsync(ProgrammeId, round.Spec.RoundId, target);
        await page.AcceptAsync(target, target);
        Assert.Equal(MatchState.Active, (await page.AcceptAsync(target, mentorId)).Match!.State);
        var mentorBefore = (await Grains.Participant(ProgrammeId, mentorId).GetAsync())!;

        // A first attempt that stopped after its first step, as a crash or a failed storage write would leave it.
        var started = await Grains.Participant(ProgrammeId, target).BeginErasureAsync(null);
        Assert.Null(await Grains.Participant(ProgrammeId, target).GetAsync());
        var resumed = await Erasure(ProgrammeId, target).EraseAsync(null);

        Assert.Equal((WriteStatus.Deleted, started.Pseudonym), (resumed.Status, resumed.Pseudonym));
        var pseudonym = resumed.Pseudonym!;
        var mentor = (await Grains.Participant(ProgrammeId, mentorId).GetAsync())!;
        var other = (await Grains.Participant(ProgrammeId, colleague).GetAsync())!;
        Assert.Empty(mentor.Participant.RankedChoices);
        Assert.Empty(mentor.Participant.PriorEngagements);
        Assert.Empty(other.Participant.ReportingLine);
        Assert.Empty(other.Participant.Blocked);
        Assert.NotEqual(mentorBefore.Etag, mentor.Etag);
        Assert.DoesNotContain(target, (await Grains.Participant(ProgrammeId, mentorId).GetMenteeProfileAsync())!.ExcludedPartners);
        var renamed = MatchKeys.Match(ProgrammeId, round.Spec.RoundId, pseudonym);
        Assert.Equal(renamed, string.Join(", ", await Grains.Participant(ProgrammeId, mentorId).GetMatchSlotsAsync(MatchRole.Mentor)));
        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(target, within: ProgrammeId));

        // The match lives on under the pseudonym: ending it frees the mentor's slot.
        var pseudonymised = await PageOfAsync(ProgrammeId, round.Spec.RoundId, pseudonym);
        Assert.Equal(MatchChangeStatus.Changed, (await pseudonymised.EndAsync(pseudonym, 4, null)).Status);
        Assert.Empty(await Grains.Participant(ProgrammeId, mentorId).GetMatchSlotsAsync(MatchRole.Mentor));
        Assert.Equal(WriteStatus.NotFound, (await Erasure(ProgrammeId, target).EraseAsync(null)).Status);
    }

    [Fact]
    public async Task A_forced_programme_delete_cancels_a_running_round_and_leaves_no_row_of_the_programme()
    {
        const string ProgrammeId = "purge-everything";
        await RoundScenario.Create(ProgrammeId, mentees: 12, mentors: 10, seed: 31).WriteAsync(Grains);
        var first = await RoundDriver.RunAsync(Grains, ProgrammeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, ProgrammeId, first.Spec.RoundId);
        var page = await PageOfAsync(ProgrammeId, first.Spec.RoundId, matches[0].MenteeId);
        await page.AcceptAsync(matches[0].MenteeId, matches[0].MenteeId);
        await page.AcceptAsync(matches[0].MenteeId, matches[0].MentorId);
        var second = await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(ProgrammeId)).StartAsync("second", RoundScope.All, null, false);
        Assert.Equal(StartRoundStatus.Started, second.Status);
        Assert.NotEmpty(await fixture.Cluster.Table.RowsContainingAsync(ProgrammeId));

        Assert.Equal(WriteStatus.Deleted, await Grains.Programme(ProgrammeId).DeleteAsync(null, force: true));

        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(ProgrammeId));
        Assert.Null(await Grains.Programme(ProgrammeId).GetAsync());
        Assert.Empty((await Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(ProgrammeId)).ListAsync(null, 10)).RoundIds);
    }

    [Fact]
    public async Task Cancelling_a_round_that_recorded_its_end_returns_once_the_end_is_announced()
    {
        const string ProgrammeId = "cancel-while-announcing";
        await RoundScenario.Create(ProgrammeId, mentees: 12, mentors: 10, seed: 41).WriteAsync(Grains);
        var held = fixture.Gate.Arm(ProgrammeId, RoundPhase.Done);
        var registry = Grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(ProgrammeId));
        var started = await registry.StartAsync("held", RoundScope.All, null, false);
        await held.Reached.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Empty(await registry.PublishedRoundsAsync());

        // Done is recorded and the announcement waits at the gate; a purge that cancels now must not outrun it.
        var cancel = Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(ProgrammeId, started.Round!.Spec.RoundId)).CancelAsync();
        await Task.WhenAny(cancel, Task.Delay(TimeSpan.FromSeconds(1)));
        held.Release();
        var cancelled = await cancel;

        Assert.Equal(RoundPhase.Done, cancelled!.Progress.Phase);
        Assert.Equal(started.Round.Spec.RoundId, Assert.Single(await registry.PublishedRoundsAsync()));
    }

    [Fact]
    public async Task A_round_whose_page_index_erasure_changed_is_purged_with_its_coordinator_row()
    {
        const string ProgrammeId = "erase-then-purge";
        await RoundScenario.Create(ProgrammeId, mentees: 12, mentors: 10, seed: 37).WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, ProgrammeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, ProgrammeId, round.Spec.RoundId);
        var roundKey = RoundKeys.Round(ProgrammeId, round.Spec.RoundId);
        var coordinator = Grains.GetGrain<IRoundCoordinatorGrain>(roundKey);
        var written = await fixture.Cluster.Table.VersionAsync(roundKey, "round");

        Assert.Equal(WriteStatus.Deleted, (await Erasure(ProgrammeId, matches[0].MenteeId).EraseAsync(null)).Status);
        Assert.NotEqual(written, await fixture.Cluster.Table.VersionAsync(roundKey, "round"));
        Assert.NotNull(await coordinator.GetAsync());
        Assert.Equal(WriteStatus.Deleted, await Grains.Programme(ProgrammeId).DeleteAsync(null, force: true));

        Assert.Null(await coordinator.GetAsync());
        Assert.Empty(await fixture.Cluster.Table.RowsContainingAsync(ProgrammeId));
    }

    private IParticipantErasureGrain Erasure(string programmeId, string participantId) =>
        Grains.GetGrain<IParticipantErasureGrain>(GrainKeys.Participant(programmeId, participantId));

    private async Task ReferToAsync(string programmeId, string participantId, string target, Func<Participant, Participant> change)
    {
        var grain = Grains.Participant(programmeId, participantId);
        var current = (await grain.GetAsync())!;
        var changed = change(current.Participant);
        Assert.True(ParticipantReferences.Names(changed, target));
        Assert.Equal(WriteStatus.Updated, (await grain.WriteAsync(changed, WriteMode.Update, current.Etag)).Status);
    }

    private async Task<MatchSnapshot?> FindMatchAsync(string programmeId, string roundId, string menteeId) =>
        await Grains.FindAsync(programmeId, roundId, menteeId) is { } page ? await page.GetMatchAsync(menteeId) : null;

    private async Task<IRoundResultPageGrain> PageOfAsync(string programmeId, string roundId, string menteeId)
    {
        var page = await Grains.FindAsync(programmeId, roundId, menteeId);
        Assert.True(page is not null, $"No page holds {menteeId}.");
        return page;
    }
}
