using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Mail;

/// <inheritdoc cref="IMentorDigestGrain"/>
/// <remarks>
/// A due digest reads the waiting proposals of every published round's pages (peer rounds have no mentors), the
/// mentors' profiles (capacity, address) and their held slots, and sends one message per mentor with a free place.
/// Digests are recorded after the send; the due time moves on only once every mentor's digest is recorded.
/// </remarks>
public sealed class MentorDigestGrain(
    [PersistentState(StorageNames.MentorDigestState, StorageNames.Provider)] IPersistentState<MentorDigestState> state,
    IMailSender mail,
    IParticipantStore participants,
    NotificationOptions options,
    [FromKeyedServices(NotificationOptions.ClockKey)] TimeProvider clock,
    ILogger<MentorDigestGrain> logger) : Grain, IMentorDigestGrain, IRemindable
{
    public const string Tick = "digest";
    private const int CheckpointEvery = 50;

    async Task IMentorDigestGrain.StartAsync(CancellationToken cancellationToken)
    {
        // A programme being deleted starts nothing: its purge may have cleared this grain already.
        if (options.DigestEvery is not { } every || state.State.NextDue is not null
            || await LiveProgramme.GetAsync(GrainFactory, ProgrammeId, cancellationToken) is null)
        {
            return;
        }

        await this.RegisterOrUpdateReminder(Tick, options.DigestCheckEvery, options.DigestCheckEvery);
        state.State.NextDue = clock.GetUtcNow() + every;
        await state.WriteStateAsync(cancellationToken);
    }

    async Task<DigestRun> IMentorDigestGrain.RunDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunDueAsync(cancellationToken);
        }
        catch
        {
            // Memory follows the stored row again: digests sent but not recorded are sent again on the next pass.
            await state.ReadStateAsync(CancellationToken.None);
            throw;
        }
    }

    async Task IMentorDigestGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await UnregisterTickAsync();
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        try
        {
            await ((IMentorDigestGrain)this).RunDueAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The mentor digest of {Programme} stopped; the next tick resumes it", this.GetPrimaryKeyString());
        }
    }

    private async Task<DigestRun> RunDueAsync(CancellationToken cancellationToken)
    {
        if (options.DigestEvery is not { } every)
        {
            // Switched off since it was scheduled: the reminder goes, the schedule stays for when it is switched on again.
            await UnregisterTickAsync();
            return new(false, 0, 0);
        }

        var now = clock.GetUtcNow();
        if (state.State.NextDue is not { } due || now < due)
        {
            return new(false, 0, 0);
        }

        var programmeId = ProgrammeId;
        var programme = await LiveProgramme.GetAsync(GrainFactory, programmeId, cancellationToken);
        if (programme is null)
        {
            return new(false, 0, 0);
        }

        var waiting = await WaitingByMentorAsync(programmeId, cancellationToken);
        var mentorIds = waiting.Keys.Order(StringComparer.Ordinal).ToList();
        var menteeIds = waiting.Values.SelectMany(p => p).Select(p => p.MenteeId).Distinct().ToList();
        var profiles = await participants.ReadProfilesAsync(programmeId, [.. mentorIds, .. menteeIds], cancellationToken);
        var byId = profiles.OfType<Participant>().ToDictionary(p => p.Id);
        var (sent, without, unrecorded) = (0, 0, 0);
        foreach (var mentorId in mentorIds)
        {
            var recorded = MailKeys.Hash(MailKeys.DigestMessageId(programmeId, mentorId, due));
            if (state.State.Sent.Contains(recorded) || !byId.TryGetValue(mentorId, out var mentor))
            {
                continue;
            }

            var held = await GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, mentorId)).GetMatchSlotsAsync(MatchRole.Mentor, cancellationToken);
            var free = mentor.Capacity - held.Length;
            if (free <= 0)
            {
                continue;
            }

            if (mentor.Email.Length == 0)
            {
                without++;
                continue;
            }

            var entries = waiting[mentorId]
                .Select(p => new MentorDigest.Entry(p.MenteeId, byId.TryGetValue(p.MenteeId, out var mentee) && mentee.DisplayName.Length > 0 ? mentee.DisplayName : p.MenteeId, p.State != MatchState.AcceptedByMentor))
                .ToList();
            await mail.SendAsync(MentorDigest.Write(programme, mentor, entries, free, MailKeys.DigestMessageId(programmeId, mentorId, due), now), cancellationToken);
            sent++;
            state.State.Sent.Add(recorded);
            if (++unrecorded == CheckpointEvery)
            {
                await state.WriteStateAsync(cancellationToken);
                unrecorded = 0;
            }
        }

        // The next digest is a whole period after the last due time that has passed: a long outage sends one digest, not many.
        var next = due;
        while (next <= now)
        {
            next += every;
        }

        state.State.NextDue = next;
        state.State.Sent.Clear();
        await state.WriteStateAsync(cancellationToken);
        return new(true, sent, without);
    }

    /// <summary>The proposals waiting for an answer in every published round, by mentor, in round and page order.</summary>
    private async Task<Dictionary<string, List<MatchSnapshot>>> WaitingByMentorAsync(string programmeId, CancellationToken cancellationToken)
    {
        var byMentor = new Dictionary<string, List<MatchSnapshot>>(StringComparer.Ordinal);
        foreach (var roundId in await GrainFactory.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken))
        {
            var pages = await GrainFactory.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).StoredPageCountAsync(cancellationToken);
            for (var index = 0; index < pages; index++)
            {
                var pending = await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, index)).ListPendingAsync(cancellationToken);
                if (pending.Peer)
                {
                    continue;
                }

                foreach (var match in pending.Matches)
                {
                    (byMentor.TryGetValue(match.MentorId, out var list) ? list : byMentor[match.MentorId] = []).Add(match);
                }
            }
        }

        return byMentor;
    }

    private async Task UnregisterTickAsync()
    {
        if (await this.GetReminder(Tick) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // "programmes/{programme}/mentor-digest"
    private string ProgrammeId => this.GetPrimaryKeyString().Split('/')[1];
}
