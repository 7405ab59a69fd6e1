using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Published matches go PROPOSED → accepted → ACTIVE → ENDED or DECLINED on a 3-silo cluster; the mentor's grain keeps
/// capacity even under concurrent accepts from two rounds, and unmatched-only rounds rematch whoever is free.
/// </summary>
public sealed class MatchLifecycleTests(RoundClusterFixture fixture) : IClassFixture<RoundClusterFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_match_accepted_by_both_becomes_active_holds_a_mentor_slot_and_ends_with_a_rating()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-happy", mentees: 12, mentors: 10);
        var match = matches[0];
        var page = await PageAsync(programmeId, roundId, match.MenteeId);

        Assert.Equal(MatchState.Proposed, (await page.GetMatchAsync(match.MenteeId))!.State);
        var byMentee = await page.AcceptAsync(match.MenteeId, match.MenteeId);
        var byMentor = await page.AcceptAsync(match.MenteeId, match.MentorId);
        var slotsWhileActive = await Mentor(programmeId, match.MentorId).GetMatchSlotsAsync(MatchRole.Mentor);
        var ended = await page.EndAsync(match.MenteeId, 4, "We met every week.");

        Assert.Equal((MatchChangeStatus.Changed, MatchState.AcceptedByMentee), (byMentee.Status, byMentee.Match!.State));
        Assert.Equal((MatchChangeStatus.Changed, MatchState.Active), (byMentor.Status, byMentor.Match!.State));
        Assert.Equal(MatchKeys.Match(programmeId, roundId, match.MenteeId), Assert.Single(slotsWhileActive));
        Assert.Equal(MatchChangeStatus.Changed, ended.Status);
        Assert.Equal((MatchState.Ended, (int?)4, (string?)"We met every week."), (ended.Match!.State, ended.Match.Rating, ended.Match.Comment));
        Assert.Equal(ended.Match, await page.GetMatchAsync(match.MenteeId));
        Assert.Empty(await Mentor(programmeId, match.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));
    }

    [Fact]
    public async Task Either_side_can_decline_and_repeating_a_decline_changes_nothing()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-decline", mentees: 12, mentors: 10);
        var (first, second) = (matches[0], matches[1]);
        var firstPage = await PageAsync(programmeId, roundId, first.MenteeId);
        var secondPage = await PageAsync(programmeId, roundId, second.MenteeId);

        var byMentee = await firstPage.DeclineAsync(first.MenteeId, first.MenteeId);
        await secondPage.AcceptAsync(second.MenteeId, second.MenteeId);
        var byMentor = await secondPage.DeclineAsync(second.MenteeId, second.MentorId);
        var again = await firstPage.DeclineAsync(first.MenteeId, first.MentorId);

        Assert.Equal((MatchChangeStatus.Changed, MatchState.Declined, "declined by the mentee"), (byMentee.Status, byMentee.Match!.State, byMentee.Match.Reason));
        Assert.Equal((MatchChangeStatus.Changed, MatchState.Declined, "declined by the mentor"), (byMentor.Status, byMentor.Match!.State, byMentor.Match.Reason));
        Assert.Equal(MatchChangeStatus.Unchanged, again.Status);
        Assert.Equal(byMentee.Match, again.Match);
    }

    [Fact]
    public async Task Repeating_an_accept_changes_nothing_and_takes_no_second_slot()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-idempotent", mentees: 12, mentors: 10);
        var match = matches[0];
        var page = await PageAsync(programmeId, roundId, match.MenteeId);

        var first = await page.AcceptAsync(match.MenteeId, match.MenteeId);
        var repeated = await page.AcceptAsync(match.MenteeId, match.MenteeId);
        var active = await page.AcceptAsync(match.MenteeId, match.MentorId);
        var afterActive = await Task.WhenAll(page.AcceptAsync(match.MenteeId, match.MentorId), page.AcceptAsync(match.MenteeId, match.MenteeId));

        Assert.Equal(MatchChangeStatus.Unchanged, repeated.Status);
        Assert.Equal(first.Match, repeated.Match);
        Assert.Equal(MatchState.Active, active.Match!.State);
        Assert.All(afterActive, change => Assert.Equal((MatchChangeStatus.Unchanged, active.Match), (change.Status, change.Match)));
        Assert.Single(await Mentor(programmeId, match.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));
    }

    [Fact]
    public async Task Transitions_the_state_does_not_allow_are_refused_and_change_nothing()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-illegal", mentees: 12, mentors: 10);
        var (proposed, declined, ended) = (matches[0], matches[1], matches[2]);
        var page = await PageAsync(programmeId, roundId, proposed.MenteeId);
        await (await PageAsync(programmeId, roundId, declined.MenteeId)).DeclineAsync(declined.MenteeId, declined.MentorId);
        var endedPage = await PageAsync(programmeId, roundId, ended.MenteeId);
        await endedPage.AcceptAsync(ended.MenteeId, ended.MenteeId);
        await endedPage.AcceptAsync(ended.MenteeId, ended.MentorId);
        await endedPage.EndAsync(ended.MenteeId, 5, null);
        var stranger = matches.First(m => m.MentorId != proposed.MentorId).MentorId;

        var endProposed = await page.EndAsync(proposed.MenteeId, null, null);
        var acceptDeclined = await (await PageAsync(programmeId, roundId, declined.MenteeId)).AcceptAsync(declined.MenteeId, declined.MenteeId);
        var declineEnded = await endedPage.DeclineAsync(ended.MenteeId, ended.MenteeId);
        var acceptEnded = await endedPage.AcceptAsync(ended.MenteeId, ended.MenteeId);
        var reRate = await endedPage.EndAsync(ended.MenteeId, 1, null);
        var sameEnd = await endedPage.EndAsync(ended.MenteeId, 5, null);
        var byStranger = await page.AcceptAsync(proposed.MenteeId, stranger);

        Assert.All(new[] { endProposed, acceptDeclined, declineEnded, acceptEnded, reRate }, change => Assert.Equal(MatchChangeStatus.IllegalTransition, change.Status));
        Assert.Equal(MatchChangeStatus.NotAParty, byStranger.Status);
        Assert.Equal(MatchChangeStatus.Unchanged, sameEnd.Status);
        Assert.Equal(MatchState.Proposed, (await page.GetMatchAsync(proposed.MenteeId))!.State);
        Assert.Equal(MatchState.Declined, (await (await PageAsync(programmeId, roundId, declined.MenteeId)).GetMatchAsync(declined.MenteeId))!.State);
        Assert.Equal((MatchState.Ended, (int?)5), (sameEnd.Match!.State, sameEnd.Match.Rating));
    }

    [Fact]
    public async Task Concurrent_accepts_from_two_rounds_never_give_a_mentor_more_active_matches_than_capacity()
    {
        var programmeId = "life-concurrent";
        var scenario = RoundScenario.Create(programmeId, mentees: 24, mentors: 20, seed: 21);
        scenario = scenario with { Participants = [.. scenario.Participants.Select(p => p.IsMentor ? p with { Capacity = 1 } : p)] };
        await scenario.WriteAsync(Grains);
        var first = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var second = await RoundDriver.RunAsync(Grains, programmeId, "second");
        var rounds = new[] { first.Spec.RoundId, second.Spec.RoundId };
        var proposals = new List<(string RoundId, RoundMatch Match)>();
        foreach (var roundId in rounds)
        {
            proposals.AddRange((await RoundDriver.ResultAsync(Grains, programmeId, roundId)).Matches.Select(m => (roundId, m)));
        }

        // Both sides of every match of both rounds accept at once, twice over, so the two rounds race for each mentor.
        var pages = await Task.WhenAll(proposals.Select(p => PageAsync(programmeId, p.RoundId, p.Match.MenteeId)));
        var accepts = proposals.Zip(pages).SelectMany(x => Enumerable.Range(0, 2).SelectMany(_ => new[]
        {
            x.Second.AcceptAsync(x.First.Match.MenteeId, x.First.Match.MenteeId),
            x.Second.AcceptAsync(x.First.Match.MenteeId, x.First.Match.MentorId),
        }));
        await Task.WhenAll(accepts);

        var states = await Task.WhenAll(proposals.Zip(pages).Select(async x => (x.First.RoundId, Match: (await x.Second.GetMatchAsync(x.First.Match.MenteeId))!)));
        var contested = proposals.GroupBy(p => p.Match.MentorId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(contested.Count >= 10, $"Only {contested.Count} mentors were proposed in both rounds.");
        Assert.All(states, s => Assert.True(
            s.Match.State == MatchState.Active
            || (s.Match.State == MatchState.Declined && s.Match.Reason is RoundResultPageGrain.MentorFull or RoundResultPageGrain.MenteeTaken),
            $"{s.Match.MenteeId} with {s.Match.MentorId} ended up {s.Match.State} ({s.Match.Reason})."));
        foreach (var mentor in states.GroupBy(s => s.Match.MentorId))
        {
            var active = mentor.Where(s => s.Match.State == MatchState.Active).Select(s => MatchKeys.Match(programmeId, s.RoundId, s.Match.MenteeId));
            Assert.Equal(active.Order(StringComparer.Ordinal).ToArray(), (await Grains.Participant(programmeId, mentor.Key).GetMatchSlotsAsync(MatchRole.Mentor)).ToArray());
            Assert.True(active.Count() <= 1, $"{mentor.Key} has {active.Count()} active matches with capacity 1.");
        }

        foreach (var mentee in states.GroupBy(s => s.Match.MenteeId))
        {
            var active = mentee.Where(s => s.Match.State == MatchState.Active).Select(s => MatchKeys.Match(programmeId, s.RoundId, s.Match.MenteeId));
            Assert.Equal(active.Order(StringComparer.Ordinal).ToArray(), (await Grains.Participant(programmeId, mentee.Key).GetMatchSlotsAsync(MatchRole.Mentee)).ToArray());
            Assert.True(active.Count() <= 1, $"{mentee.Key} has {active.Count()} active matches.");
        }

        // Every mentor and mentee proposed twice was raced for, yet somebody won: a refused accept never blocks both.
        Assert.Contains(states, s => s.Match.State == MatchState.Declined && s.Match.Reason == RoundResultPageGrain.MenteeTaken);
        Assert.Contains(states, s => s.Match.State == MatchState.Active);
    }

    [Fact]
    public async Task A_mentee_accepted_in_two_rounds_holds_one_active_match_and_the_other_mentor_keeps_its_slot()
    {
        var programmeId = "life-mentee-slot";
                var scenario = RoundScenario.Create(programmeId, mentees: 12, mentors: 12, seed: 23);
        await scenario.WriteAsync(Grains);
        var first = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var earlier = (await RoundDriver.ResultAsync(Grains, programmeId, first.Spec.RoundId)).Matches[0];

        // The first mentor now shares no language with anyone, so a second round proposes another mentor to the mentee.
        var mentor = scenario.Participants.Single(p => p.Id == earlier.MentorId);
        await Grains.Participant(programmeId, mentor.Id).WriteAsync(mentor with { Languages = ["xh"] }, WriteMode.Upsert, null);
        var second = await RoundDriver.RunAsync(Grains, programmeId, "second");
        var later = (await RoundDriver.ResultAsync(Grains, programmeId, second.Spec.RoundId)).Matches.Single(m => m.MenteeId == earlier.MenteeId);
        var earlierPage = await PageAsync(programmeId, first.Spec.RoundId, earlier.MenteeId);
        var laterPage = await PageAsync(programmeId, second.Spec.RoundId, later.MenteeId);

        await earlierPage.AcceptAsync(earlier.MenteeId, earlier.MenteeId);
        var active = await earlierPage.AcceptAsync(earlier.MenteeId, earlier.MentorId);
        await laterPage.AcceptAsync(later.MenteeId, later.MentorId);
        var refused = await laterPage.AcceptAsync(later.MenteeId, later.MenteeId);

        Assert.Equal(MatchState.Active, active.Match!.State);
        Assert.Equal((MatchState.Declined, RoundResultPageGrain.MenteeTaken), (refused.Match!.State, refused.Match.Reason));
        Assert.Equal(MatchKeys.Match(programmeId, first.Spec.RoundId, earlier.MenteeId), Assert.Single(await Grains.Participant(programmeId, earlier.MenteeId).GetMatchSlotsAsync(MatchRole.Mentee)));
        Assert.DoesNotContain(MatchKeys.Match(programmeId, second.Spec.RoundId, later.MenteeId), await Grains.Participant(programmeId, later.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));

        // Once the first match ends the mentee is free again, and a third round proposes a mentor it has not had.
        await earlierPage.EndAsync(earlier.MenteeId, null, null);
        Assert.Empty(await Grains.Participant(programmeId, earlier.MenteeId).GetMatchSlotsAsync(MatchRole.Mentee));
        var third = await RoundDriver.RunAsync(Grains, programmeId, "third");
        var next = (await RoundDriver.ResultAsync(Grains, programmeId, third.Spec.RoundId)).Matches.Single(m => m.MenteeId == earlier.MenteeId);
        Assert.DoesNotContain(next.MentorId, new[] { earlier.MentorId, later.MentorId });
    }

    [Fact]
    public async Task A_peer_pairs_once_both_peers_hold_a_peer_slot_and_later_peer_rounds_leave_them_out()
    {
        var programmeId = "life-peer";
        var scenario = RoundScenario.Create(programmeId, mentees: 10, mentors: 10, seed: 29, solver: SolverMode.Peer);
        await scenario.WriteAsync(Grains);
        var first = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var pair = (await RoundDriver.ResultAsync(Grains, programmeId, first.Spec.RoundId)).Matches[0];

        // The partner now shares no language with anyone, so a second round proposes someone else to the first peer.
        var partner = scenario.Participants.Single(p => p.Id == pair.MentorId);
        await Grains.Participant(programmeId, partner.Id).WriteAsync(partner with { Languages = ["xh"] }, WriteMode.Upsert, null);
        var second = await RoundDriver.RunAsync(Grains, programmeId, "second");
        var rival = (await RoundDriver.ResultAsync(Grains, programmeId, second.Spec.RoundId)).Matches
            .Single(m => m.MenteeId == pair.MenteeId || m.MentorId == pair.MenteeId);
        var rivalPeer = rival.MenteeId == pair.MenteeId ? rival.MentorId : rival.MenteeId;

        var page = await PageAsync(programmeId, first.Spec.RoundId, pair.MenteeId);
        await page.AcceptAsync(pair.MenteeId, pair.MentorId);
        var active = await page.AcceptAsync(pair.MenteeId, pair.MenteeId);
        var rivalPage = await PageAsync(programmeId, second.Spec.RoundId, rival.MenteeId);
        await rivalPage.AcceptAsync(rival.MenteeId, rival.MenteeId);
        var refused = await rivalPage.AcceptAsync(rival.MenteeId, rival.MentorId);

        var name = MatchKeys.Match(programmeId, first.Spec.RoundId, pair.MenteeId);
        Assert.Equal(MatchState.Active, active.Match!.State);
        Assert.Equal(name, Assert.Single(await Grains.Participant(programmeId, pair.MenteeId).GetMatchSlotsAsync(MatchRole.Peer)));
        Assert.Equal(name, Assert.Single(await Grains.Participant(programmeId, pair.MentorId).GetMatchSlotsAsync(MatchRole.Peer)));
        Assert.Empty(await Grains.Participant(programmeId, pair.MentorId).GetMatchSlotsAsync(MatchRole.Mentor));
        Assert.Equal((MatchState.Declined, RoundResultPageGrain.PeerTaken), (refused.Match!.State, refused.Match.Reason));
        Assert.Empty(await Grains.Participant(programmeId, rivalPeer).GetMatchSlotsAsync(MatchRole.Peer));

        var third = await RoundDriver.RunAsync(Grains, programmeId, "third");
        var (again, unmatched) = await RoundDriver.ResultAsync(Grains, programmeId, third.Spec.RoundId);
        var considered = again.SelectMany(m => new[] { m.MenteeId, m.MentorId }).Concat(unmatched.Select(u => u.MenteeId)).ToHashSet();
        Assert.DoesNotContain(pair.MenteeId, considered);
        Assert.DoesNotContain(pair.MentorId, considered);
        Assert.Contains(rivalPeer, considered);
    }

    [Fact]
    public async Task An_unmatched_only_round_rematches_decliners_but_never_with_the_declined_partner()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-rematch", mentees: 30, mentors: 30);
        var firstUnmatched = (await RoundDriver.ResultAsync(Grains, programmeId, roundId)).Unmatched.Select(u => u.MenteeId);
        var declined = matches.Take(8).ToList();
        var activated = matches.Skip(8).Take(4).ToList();
        foreach (var (match, i) in declined.Select((m, i) => (m, i)))
        {
            await (await PageAsync(programmeId, roundId, match.MenteeId)).DeclineAsync(match.MenteeId, i % 2 == 0 ? match.MenteeId : match.MentorId);
        }

        foreach (var match in activated)
        {
            var page = await PageAsync(programmeId, roundId, match.MenteeId);
            await page.AcceptAsync(match.MenteeId, match.MentorId);
            await page.AcceptAsync(match.MenteeId, match.MenteeId);
        }

        var second = await RoundDriver.RunAsync(Grains, programmeId, "rematch", RoundScope.UnmatchedOnly);
        var (rematches, stillUnmatched) = await RoundDriver.ResultAsync(Grains, programmeId, second.Spec.RoundId);

        var considered = rematches.Select(m => m.MenteeId).Concat(stillUnmatched.Select(u => u.MenteeId)).Order(StringComparer.Ordinal);
        Assert.Equal(firstUnmatched.Concat(declined.Select(m => m.MenteeId)).Order(StringComparer.Ordinal), considered);
        var declinedPairs = declined.Select(m => (m.MenteeId, m.MentorId)).ToHashSet();
        Assert.DoesNotContain(rematches, m => declinedPairs.Contains((m.MenteeId, m.MentorId)));
        Assert.Contains(rematches, m => declined.Any(d => d.MenteeId == m.MenteeId));
        var capacity = await CapacitiesAsync(programmeId);
        var open = matches.Except(declined).Concat(rematches);
        Assert.All(open.GroupBy(m => m.MentorId), g => Assert.True(g.Count() <= capacity[g.Key], $"{g.Key} holds {g.Count()} > {capacity[g.Key]}"));
    }

    [Fact]
    public async Task Ended_pairs_are_never_proposed_again_while_their_mentees_are_rematched()
    {
        var (programmeId, roundId, matches) = await PublishedRoundAsync("life-ended", mentees: 20, mentors: 30);
        var ended = matches.Take(8).ToList();
        foreach (var match in ended)
        {
            var page = await PageAsync(programmeId, roundId, match.MenteeId);
            await page.AcceptAsync(match.MenteeId, match.MenteeId);
            await page.AcceptAsync(match.MenteeId, match.MentorId);
            Assert.Equal(MatchChangeStatus.Changed, (await page.EndAsync(match.MenteeId, 3, null)).Status);
        }

        var second = await RoundDriver.RunAsync(Grains, programmeId, "after-end", RoundScope.UnmatchedOnly);
        var (rematches, _) = await RoundDriver.ResultAsync(Grains, programmeId, second.Spec.RoundId);

        var endedPairs = ended.Select(m => (m.MenteeId, m.MentorId)).ToHashSet();
        Assert.Contains(rematches, m => ended.Any(e => e.MenteeId == m.MenteeId));
        Assert.DoesNotContain(rematches, m => endedPairs.Contains((m.MenteeId, m.MentorId)));
    }

    private async Task<(string ProgrammeId, string RoundId, List<RoundMatch> Matches)> PublishedRoundAsync(string programmeId, int mentees, int mentors)
    {
        var scenario = RoundScenario.Create(programmeId, mentees, mentors, seed: 19);
        await scenario.WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var (matches, _) = await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId);
        Assert.True(matches.Count >= 4, $"The round proposed only {matches.Count} matches.");
        return (programmeId, round.Spec.RoundId, matches);
    }

    private async Task<IRoundResultPageGrain> PageAsync(string programmeId, string roundId, string menteeId) =>
        await Grains.FindAsync(programmeId, roundId, menteeId) ?? throw new InvalidOperationException($"No page holds {menteeId} in {roundId}.");

    private IParticipantGrain Mentor(string programmeId, string mentorId) => Grains.Participant(programmeId, mentorId);

    private async Task<Dictionary<string, int>> CapacitiesAsync(string programmeId)
    {
        var mentors = await Grains.Programme(programmeId).ListAllParticipantsAsync(pageSize: 500, ParticipantRole.Mentor);
        return mentors.ToDictionary(s => s.Participant.Id, s => s.Participant.Capacity);
    }
}
