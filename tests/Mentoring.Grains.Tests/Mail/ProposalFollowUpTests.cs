using System.Text.RegularExpressions;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Domain.Links;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Tests.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Mail;

/// <summary>
/// A published round's proposals are followed up by one reminder per round: each side that has not answered gets one
/// reminder after ReminderAfter (never before, never twice, not across a restart), and what is still unanswered after
/// ProposalExpiresAfter lapses to declined through the decline path.
/// </summary>
public sealed partial class ProposalFollowUpTests(FollowUpSiloFixture fixture) : IClassFixture<FollowUpSiloFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Each_side_that_has_not_answered_gets_one_reminder_after_the_delay_not_before_and_not_again_after_a_restart()
    {
        var (programmeId, roundId, matches) = await PublishedAsync("remind", MessageLanguages.English);
        var (halfAccepted, declined, active) = (matches[0], matches[1], matches[2]);
        await (await PageAsync(programmeId, roundId, halfAccepted.MenteeId)).AcceptAsync(halfAccepted.MenteeId, halfAccepted.MenteeId);
        await (await PageAsync(programmeId, roundId, declined.MenteeId)).DeclineAsync(declined.MenteeId, declined.MentorId);
        await (await PageAsync(programmeId, roundId, active.MenteeId)).AcceptAsync(active.MenteeId, active.MenteeId);
        await (await PageAsync(programmeId, roundId, active.MenteeId)).AcceptAsync(active.MenteeId, active.MentorId);
        var published = await PublishTimeAsync(programmeId, roundId);
        var followUp = Grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId));

        Assert.Equal(1, await fixture.Cluster.Table.CountRemindersAsync(MailKeys.ProposalFollowUp(programmeId, roundId), ProposalFollowUpGrain.Tick));
        fixture.Clock.Pin(published + fixture.Options.ReminderAfter - TimeSpan.FromMinutes(1));
        var early = await followUp.RunDueAsync();
        Assert.Equal(new FollowUpRun(0, 0, 0, false), early);
        Assert.Empty(await RemindersAsync(programmeId));

        fixture.Clock.Pin(published + fixture.Options.ReminderAfter);
        var due = await followUp.RunDueAsync();
        var again = await followUp.RunDueAsync();
        await fixture.RestartAsync();
        var afterRestart = await Grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId)).RunDueAsync();

        var expected = matches.Skip(3).SelectMany(m => new[] { (m.MenteeId, m.MentorId), (m.MentorId, m.MenteeId) })
            .Append((halfAccepted.MentorId, halfAccepted.MenteeId)).Order().ToList();
        var reminders = await RemindersAsync(programmeId);
        Assert.Equal(new FollowUpRun(0, expected.Count, 0, false), due);
        Assert.Equal(new FollowUpRun(0, 0, 0, false), again);
        Assert.Equal(new FollowUpRun(0, 0, 0, false), afterRestart);
        Assert.Equal(expected.Count, reminders.Length);
        Assert.Equal(expected.Count, reminders.Select(m => m.MessageId).Distinct().Count());
        var key = (await Grains.GetGrain<ILinkSigningKeyGrain>(MailKeys.LinkSigningKey).GetAsync()).ToArray();
        var pairs = new List<(string, string)>();
        foreach (var reminder in reminders)
        {
            var match = matches.Single(m => (m.MenteeId == reminder.ParticipantId || m.MentorId == reminder.ParticipantId)
                && reminder.Subject == $"Reminder: your mentoring proposal Person {(m.MenteeId == reminder.ParticipantId ? m.MentorId : m.MenteeId)}");
            var other = match.MenteeId == reminder.ParticipantId ? match.MentorId : match.MenteeId;
            pairs.Add((reminder.ParticipantId, other));
            Assert.Equal($"{reminder.ParticipantId}@example.org", reminder.To);
            Assert.Contains("We have not had your answer yet.", reminder.Body, StringComparison.Ordinal);
            var url = Assert.Single(LinkPattern().Matches(reminder.Body)).Value;
            Assert.Equal(LinkRefusal.None, ParticipantLinkTokens.TryRead(url[(url.LastIndexOf('/') + 1)..], key, DateTimeOffset.UtcNow, out var link));
            Assert.Equal((programmeId, roundId, match.MenteeId, reminder.ParticipantId, LinkActions.Respond),
                (link!.ProgrammeId, link.RoundId, link.MenteeId, link.ParticipantId, link.Action));

            // A fresh link: not the announcement's, whose uses are counted apart.
            var side = match.MenteeId == reminder.ParticipantId ? "mentee" : "mentor";
            Assert.NotEqual(MailKeys.Hash(MailKeys.MatchMessageId(programmeId, roundId, match.MenteeId, side))[..16], link.LinkId);
        }

        Assert.Equal(expected, pairs.Order());
    }

    [Fact]
    public async Task The_reminder_is_in_the_programmes_language()
    {
        var (programmeId, roundId, matches) = await PublishedAsync("remind-de", MessageLanguages.German);
        var published = await PublishTimeAsync(programmeId, roundId);

        fixture.Clock.Pin(published + fixture.Options.ReminderAfter);
        await Grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId)).RunDueAsync();

        var reminder = Assert.Single(await RemindersAsync(programmeId), m => m.ParticipantId == matches[0].MenteeId);
        Assert.Equal($"Erinnerung: Ihr Mentoring-Vorschlag Person {matches[0].MentorId}", reminder.Subject);
        Assert.Contains("Wir haben Ihre Antwort noch nicht erhalten.", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("verfällt der Vorschlag", reminder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_unanswered_at_expiry_lapses_to_declined_with_the_lapse_reason_emits_match_declined_and_the_round_stops_ticking()
    {
        var (programmeId, roundId, matches) = await PublishedAsync("lapse", MessageLanguages.English);
        var (halfAccepted, active) = (matches[0], matches[1]);
        await (await PageAsync(programmeId, roundId, halfAccepted.MenteeId)).AcceptAsync(halfAccepted.MenteeId, halfAccepted.MenteeId);
        var activePage = await PageAsync(programmeId, roundId, active.MenteeId);
        await activePage.AcceptAsync(active.MenteeId, active.MenteeId);
        await activePage.AcceptAsync(active.MenteeId, active.MentorId);
        var published = await PublishTimeAsync(programmeId, roundId);
        var followUp = Grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId));

        fixture.Clock.Pin(published + fixture.Options.ProposalExpiresAfter - TimeSpan.FromMinutes(1));
        var before = await followUp.RunDueAsync();
        fixture.Clock.Pin(published + fixture.Options.ProposalExpiresAfter);
        var lapse = await followUp.RunDueAsync();

        Assert.Equal(0, before.Lapsed);
        Assert.Equal(new FollowUpRun(matches.Count - 1, 0, 0, true), lapse);
        var states = new Dictionary<string, MatchSnapshot>();
        foreach (var match in matches)
        {
            states[match.MenteeId] = (await (await PageAsync(programmeId, roundId, match.MenteeId)).GetMatchAsync(match.MenteeId))!;
        }

        Assert.Equal((MatchState.Declined, "lapsed: no answer from the mentor within 14 days"), (states[halfAccepted.MenteeId].State, states[halfAccepted.MenteeId].Reason));
        Assert.Equal(MatchState.Active, states[active.MenteeId].State);
        Assert.All(matches.Skip(2), m => Assert.Equal((MatchState.Declined, "lapsed: no answer from either side within 14 days"),
            (states[m.MenteeId].State, states[m.MenteeId].Reason)));

        // An answer that came first wins over a lapse found due before it.
        Assert.Equal(MatchChangeStatus.IllegalTransition, (await activePage.LapseAsync(active.MenteeId, "lapsed")).Status);
        var log = await LogAsync(programmeId);
        var declinedSubjects = log.Where(e => e.Type == ProgrammeEventTypes.MatchDeclined).Select(e => e.Subject).Order().ToList();
        Assert.Equal(matches.Where(m => m.MenteeId != active.MenteeId).Select(m => MatchKeys.Match(programmeId, roundId, m.MenteeId)).Order(), declinedSubjects);
        Assert.Equal(0, await fixture.Cluster.Table.CountRemindersAsync(MailKeys.ProposalFollowUp(programmeId, roundId), ProposalFollowUpGrain.Tick));
        Assert.Equal(new FollowUpRun(0, 0, 0, true), await followUp.RunDueAsync());
    }

    [Fact]
    public async Task Without_DigestEvery_no_digest_is_scheduled_or_sent()
    {
        var (programmeId, _, _) = await PublishedAsync("no-digest", MessageLanguages.English);

        fixture.Clock.Pin(DateTimeOffset.UtcNow + TimeSpan.FromDays(400));
        var run = await Grains.GetGrain<IMentorDigestGrain>(MailKeys.MentorDigest(programmeId)).RunDueAsync();

        Assert.Null(fixture.Options.DigestEvery);
        Assert.Equal(new DigestRun(false, 0, 0), run);
        Assert.Equal(0, await fixture.Cluster.Table.CountRemindersAsync(MailKeys.MentorDigest(programmeId), MentorDigestGrain.Tick));
        Assert.DoesNotContain((await Grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages,
            m => m.Subject.StartsWith("Your mentoring digest:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lapse_reason_names_whose_answer_was_missing_and_the_wait()
    {
        Assert.Equal("lapsed: no answer from either side within 1 day", ProposalFollowUpGrain.LapseReason(MatchState.Proposed, TimeSpan.FromDays(1)));
        Assert.Equal("lapsed: no answer from the mentee within 12:00:00", ProposalFollowUpGrain.LapseReason(MatchState.AcceptedByMentor, TimeSpan.FromHours(12)));
    }

    private async Task<(string ProgrammeId, string RoundId, List<RoundMatch> Matches)> PublishedAsync(string name, string language)
    {
        var scenario = RoundScenario.Create(TestIds.Programme(name), mentees: 8, mentors: 6, seed: 3);
        scenario = scenario with
        {
            Programme = scenario.Programme with { Language = language, DisplayName = "Mentoring 2027" },
            Participants = [.. scenario.Participants.Select(p => p with { Email = $"{p.Id}@example.org", DisplayName = $"Person {p.Id}" })],
        };
        await scenario.WriteAsync(Grains);
        var round = await RoundDriver.RunAsync(Grains, scenario.Programme.Id, name);
        var (matches, _) = await RoundDriver.ResultAsync(Grains, scenario.Programme.Id, round.Spec.RoundId);
        Assert.True(matches.Count >= 4, $"The scenario matched only {matches.Count} mentees.");
        return (scenario.Programme.Id, round.Spec.RoundId, matches);
    }

    private async Task<IRoundResultPageGrain> PageAsync(string programmeId, string roundId, string menteeId) =>
        (await Grains.FindAsync(programmeId, roundId, menteeId))!;

    private async Task<DateTimeOffset> PublishTimeAsync(string programmeId, string roundId) =>
        (await Grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0)).ListPendingAsync()).PublishTime;

    private async Task<MailMessage[]> RemindersAsync(string programmeId) =>
        [.. (await Grains.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ListAsync(0, 1000)).Messages
            .Where(m => m.Subject.StartsWith("Reminder:", StringComparison.Ordinal) || m.Subject.StartsWith("Erinnerung:", StringComparison.Ordinal))];

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

    [GeneratedRegex(@"http://\S+/p/\S+")]
    private static partial Regex LinkPattern();
}
