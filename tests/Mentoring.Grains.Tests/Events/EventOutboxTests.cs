using Mentoring.Abstractions;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;
using Mentoring.Testing;

namespace Mentoring.Grains.Tests.Events;

/// <summary>
/// The outboxes across their crash windows: a change stored with its events whose append fails, or whose silo dies
/// before the append, has its events in the log after reactivation, each exactly once; a change that failed has none.
/// </summary>
public sealed class EventOutboxTests(EventSiloFixture fixture) : IClassFixture<EventSiloFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_rounds_events_left_pending_by_failed_appends_and_a_dead_silo_reach_the_log_once_after_reactivation()
    {
        var programmeId = TestIds.Programme("outbox-round");
        await RoundScenario.Create(programmeId, mentees: 9, mentors: 6, seed: 7).WriteAsync(Grains);
        fixture.Events.Failing = true;
        RoundSnapshot round;
        try
        {
            round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        }
        finally
        {
            fixture.Events.Failing = false;
        }

        Assert.Equal(RoundPhase.Done, round.Progress.Phase);
        Assert.DoesNotContain(await LogAsync(programmeId), e => e.Type.StartsWith("round.", StringComparison.Ordinal) || e.Type.StartsWith("match.", StringComparison.Ordinal));
        var (matches, _) = await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId);
        Assert.NotEmpty(matches);

        await fixture.RestartAsync();
        await Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, round.Spec.RoundId)).GetAsync();
        var log = await Eventually.WaitAsync(() => LogAsync(programmeId), l => l.Any(e => e.Type == ProgrammeEventTypes.RoundPublished), Patience, "the round's events");
        await fixture.RestartAsync();
        await Grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, round.Spec.RoundId)).GetAsync();
        var again = await LogAsync(programmeId);

        Assert.Equal(log, again);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        var roundEvents = log.Where(e => e.Subject == RoundKeys.Round(programmeId, round.Spec.RoundId)).ToList();
        Assert.Equal(["pending", "snapshot", "scoring", "solving", "publishing", "done"],
            roundEvents.Where(e => e.Type == ProgrammeEventTypes.RoundPhaseChanged).Select(e => Field(e, "phase")));
        var proposals = log.Where(e => e.Type == ProgrammeEventTypes.MatchProposed).ToList();
        Assert.Equal(matches.Select(m => MatchKeys.Match(programmeId, round.Spec.RoundId, m.MenteeId)).Order(), proposals.Select(e => e.Subject).Order());
        var published = Assert.Single(log, e => e.Type == ProgrammeEventTypes.RoundPublished);
        Assert.True(proposals.All(p => p.Sequence < published.Sequence), "round.published came before a proposal.");
    }

    [Fact]
    public async Task A_match_move_whose_event_append_failed_is_stored_and_its_event_is_appended_once_by_the_next_activation()
    {
        var programmeId = TestIds.Programme("outbox-match");
        await RoundScenario.Create(programmeId, mentees: 6, mentors: 4, seed: 11).WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, programmeId, "first");
        var match = (await RoundDriver.ResultAsync(Grains, programmeId, round.Spec.RoundId)).Matches[0];
        var page = await Grains.FindAsync(programmeId, round.Spec.RoundId, match.MenteeId) ?? throw new InvalidOperationException("No page holds the match.");
        var subject = MatchKeys.Match(programmeId, round.Spec.RoundId, match.MenteeId);

        fixture.Events.Failing = true;
        MatchChange accepted;
        try
        {
            accepted = await page.AcceptAsync(match.MenteeId, match.MenteeId);

            // Read while appends still fail: once they work, anything that activates the page (the published round's
            // notifications read it too) appends the pending event at once.
            Assert.DoesNotContain(await LogAsync(programmeId), e => e.Subject == subject && e.Type == ProgrammeEventTypes.MatchAccepted);
        }
        finally
        {
            fixture.Events.Failing = false;
        }

        Assert.Equal((MatchChangeStatus.Changed, MatchState.AcceptedByMentee), (accepted.Status, accepted.Match!.State));

        Assert.Equal(MatchState.AcceptedByMentee, (await page.GetMatchAsync(match.MenteeId))!.State);
        await Eventually.WaitAsync(() => LogAsync(programmeId), l => l.Any(e => e.Subject == subject && e.Type == ProgrammeEventTypes.MatchAccepted), Patience, "match.accepted");
        Assert.Equal(MatchState.Active, (await page.AcceptAsync(match.MenteeId, match.MentorId)).Match!.State);
        await fixture.RestartAsync();
        await Grains.GetGrain<IRoundResultPageGrain>(page.GetPrimaryKeyString()).GetMatchAsync(match.MenteeId);

        var log = await LogAsync(programmeId);
        Assert.Equal([ProgrammeEventTypes.MatchProposed, ProgrammeEventTypes.MatchAccepted, ProgrammeEventTypes.MatchActive],
            log.Where(e => e.Subject == subject).Select(e => e.Type));
        Assert.Equal(["proposed", "accepted_by_mentee", "active"], log.Where(e => e.Subject == subject).Select(e => Field(e, "state")));
    }

    [Fact]
    public async Task A_participant_write_that_failed_has_no_event_and_one_whose_answer_was_lost_has_exactly_one()
    {
        var programmeId = TestIds.Programme("outbox-participant");
        await Grains.CreateProgrammeAsync(programmeId);
        var ada = ParticipantBuilder.In(programmeId).WithId("ada").As(Mentoring.Domain.ParticipantRole.Mentor).Build();
        var bo = ParticipantBuilder.In(programmeId).WithId("bo").As(Mentoring.Domain.ParticipantRole.Mentee).Build();

        fixture.Participants.Arm(FaultyParticipantTable.Fault.BeforeWrite);
        await Assert.ThrowsAnyAsync<Exception>(() => Grains.Participant(programmeId, "ada").WriteAsync(ada, WriteMode.Create, expectedEtag: null));
        fixture.Participants.Arm(FaultyParticipantTable.Fault.AfterCommit);
        await Assert.ThrowsAnyAsync<Exception>(() => Grains.Participant(programmeId, "bo").WriteAsync(bo, WriteMode.Create, expectedEtag: null));
        var retried = await Grains.Participant(programmeId, "bo").WriteAsync(bo, WriteMode.Upsert, expectedEtag: null);

        Assert.Equal(WriteStatus.Unchanged, retried.Status);
        var log = await LogAsync(programmeId);
        var only = Assert.Single(log);
        Assert.Equal((ProgrammeEventTypes.ParticipantCreated, GrainKeys.Participant(programmeId, "bo"), 1L), (only.Type, only.Subject, only.Sequence));
    }

    private async Task<List<ProgrammeEvent>> LogAsync(string programmeId)
    {
        var log = Grains.GetGrain<IProgrammeEventsGrain>(EventKeys.Log(programmeId));
        var events = new List<ProgrammeEvent>();
        while ((await log.ReadAsync(events.Count > 0 ? events[^1].Sequence : 0, 100, CancellationToken.None)).Events is { IsEmpty: false } page)
        {
            events.AddRange(page);
        }

        return events;
    }

    private static string? Field(ProgrammeEvent e, string name) =>
        System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty(name).GetString();
}
