using System.Globalization;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Mail;

/// <inheritdoc cref="IProposalFollowUpGrain"/>
/// <remarks>
/// Each pass reads the pages' waiting proposals: on a page published more than ProposalExpiresAfter ago they lapse
/// through the page's decline path; otherwise, past ReminderAfter, each side that has not answered and was not reminded
/// gets its one reminder. Reminders are recorded after the send, so the crash window between the two resends (same
/// Message-Id, fresh link of the same id) rather than loses a reminder. A lapse is idempotent on the page.
/// </remarks>
public sealed class ProposalFollowUpGrain(
    [PersistentState(StorageNames.ProposalFollowUpState, StorageNames.Provider)] IPersistentState<ProposalFollowUpState> state,
    IMailSender mail,
    IParticipantStore participants,
    LinkSigningKeys keys,
    LinkOptions links,
    NotificationOptions options,
    [FromKeyedServices(NotificationOptions.ClockKey)] TimeProvider clock,
    ILogger<ProposalFollowUpGrain> logger) : Grain, IProposalFollowUpGrain, IRemindable
{
    public const string Tick = "follow-up";
    private const int CheckpointEvery = 50;

    async Task IProposalFollowUpGrain.StartAsync(int pageCount, CancellationToken cancellationToken)
    {
        // A programme being deleted starts nothing: its purge may have cleared this grain already.
        if (state.State.Started || await LiveProgramme.GetAsync(GrainFactory, Ids().ProgrammeId, cancellationToken) is null)
        {
            return;
        }

        // Registered before the start is recorded: a crash in between leaves a reminder that finds nothing to do and goes.
        await this.RegisterOrUpdateReminder(Tick, options.CheckEvery, options.CheckEvery);
        state.State.Started = true;
        state.State.PageCount = pageCount;
        await state.WriteStateAsync(cancellationToken);
    }

    async Task<FollowUpRun> IProposalFollowUpGrain.RunDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunDueAsync(cancellationToken);
        }
        catch
        {
            // Memory follows the stored row again: reminders sent but not recorded are sent again on the next pass.
            await state.ReadStateAsync(CancellationToken.None);
            throw;
        }
    }

    async Task IProposalFollowUpGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await UnregisterTickAsync();
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!state.State.Started || state.State.Settled)
        {
            await UnregisterTickAsync();
            return;
        }

        try
        {
            await ((IProposalFollowUpGrain)this).RunDueAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Follow-ups of {Round} stopped; the next tick resumes them", this.GetPrimaryKeyString());
        }
    }

    private async Task<FollowUpRun> RunDueAsync(CancellationToken cancellationToken)
    {
        if (!state.State.Started || state.State.Settled)
        {
            return new(0, 0, 0, state.State.Settled);
        }

        var (programmeId, roundId) = Ids();
        var programme = await LiveProgramme.GetAsync(GrainFactory, programmeId, cancellationToken);
        if (programme is null)
        {
            return new(0, 0, 0, false);
        }

        var now = clock.GetUtcNow();
        var (lapsed, reminded, withoutAddress, waiting) = (0, 0, 0, false);
        for (var index = 0; index < state.State.PageCount; index++)
        {
            var page = GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, index));
            var pending = await page.ListPendingAsync(cancellationToken);
            if (pending.Matches.IsEmpty)
            {
                continue;
            }

            if (now >= pending.PublishTime + options.ProposalExpiresAfter)
            {
                foreach (var match in pending.Matches)
                {
                    var change = await page.LapseAsync(match.MenteeId, LapseReason(match.State, options.ProposalExpiresAfter), cancellationToken);
                    lapsed += change.Status == MatchChangeStatus.Changed ? 1 : 0;
                }

                continue;
            }

            waiting = true;
            if (now < pending.PublishTime + options.ReminderAfter)
            {
                continue;
            }

            var due = pending.Matches.SelectMany(UnansweredSides)
                .Where(d => !state.State.Reminded.Contains(Recorded(programmeId, roundId, d.Match.MenteeId, d.Side)))
                .ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var (sent, without) = await RemindAsync(programme, roundId, pending.Peer, pending.PublishTime + options.ProposalExpiresAfter, due, now, cancellationToken);
            (reminded, withoutAddress) = (reminded + sent, withoutAddress + without);
        }

        if (!waiting)
        {
            state.State.Settled = true;
            await state.WriteStateAsync(cancellationToken);
            await UnregisterTickAsync();
            logger.LogInformation("Follow-ups of {Round} are done: no proposal waits for an answer", this.GetPrimaryKeyString());
        }

        return new(lapsed, reminded, withoutAddress, !waiting);
    }

    private async Task<(int Sent, int WithoutAddress)> RemindAsync(
        Programme programme, string roundId, bool peer, DateTimeOffset lapsesAt, List<(MatchSnapshot Match, string Side)> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profiles = await participants.ReadProfilesAsync(programme.Id, [.. due.SelectMany(d => d.Side == "mentee"
            ? new[] { d.Match.MenteeId, d.Match.MentorId }
            : [d.Match.MentorId, d.Match.MenteeId])], cancellationToken);
        var key = await keys.GetAsync(cancellationToken);
        var (sent, without, unrecorded) = (0, 0, 0);
        for (var i = 0; i < due.Count; i++)
        {
            var (match, side) = due[i];
            if (profiles[2 * i] is { } recipient && profiles[(2 * i) + 1] is { } other)
            {
                if (recipient.Email.Length == 0)
                {
                    without++;
                }
                else
                {
                    var messageId = MailKeys.ReminderMessageId(programme.Id, roundId, match.MenteeId, side);
                    var (url, _) = PersonalLinks.Respond(links, key, messageId, programme.Id, roundId, match.MenteeId, recipient.Id, now);
                    await mail.SendAsync(ProposalReminder.Write(programme, recipient, other, peer ? "peer" : side, url, lapsesAt, messageId, now), cancellationToken);
                    sent++;
                }
            }

            // Someone erased since publication, or without an address, is passed over once, like a side that was told.
            state.State.Reminded.Add(Recorded(programme.Id, roundId, match.MenteeId, side));
            if (++unrecorded == CheckpointEvery)
            {
                await state.WriteStateAsync(cancellationToken);
                unrecorded = 0;
            }
        }

        if (unrecorded > 0)
        {
            await state.WriteStateAsync(cancellationToken);
        }

        return (sent, without);
    }

    /// <summary>The sides of a waiting match that have not answered: both of a proposal, the other of a half-accepted one.</summary>
    private static IEnumerable<(MatchSnapshot Match, string Side)> UnansweredSides(MatchSnapshot match)
    {
        if (match.State != MatchState.AcceptedByMentee)
        {
            yield return (match, "mentee");
        }

        if (match.State != MatchState.AcceptedByMentor)
        {
            yield return (match, "mentor");
        }
    }

    /// <summary>The decline reason of a lapsed proposal, naming whose answer was missing.</summary>
    public static string LapseReason(MatchState state, TimeSpan expiresAfter)
    {
        var whose = state switch
        {
            MatchState.AcceptedByMentee => "the mentor",
            MatchState.AcceptedByMentor => "the mentee",
            _ => "either side",
        };
        var within = expiresAfter.Ticks % TimeSpan.TicksPerDay == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{expiresAfter.Days} day{(expiresAfter.Days == 1 ? "" : "s")}")
            : expiresAfter.ToString("c", CultureInfo.InvariantCulture);
        return $"lapsed: no answer from {whose} within {within}";
    }

    private static string Recorded(string programmeId, string roundId, string menteeId, string side) =>
        MailKeys.Hash(MailKeys.ReminderMessageId(programmeId, roundId, menteeId, side));

    private async Task UnregisterTickAsync()
    {
        if (await this.GetReminder(Tick) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // "programmes/{programme}/rounds/{round}/follow-up"
    private (string ProgrammeId, string RoundId) Ids()
    {
        var parts = this.GetPrimaryKeyString().Split('/');
        return (parts[1], parts[3]);
    }
}
