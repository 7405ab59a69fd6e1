using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Mail;

/// <inheritdoc cref="IRoundNotificationGrain"/>
/// <remarks>
/// Walks the round's result pages in order with a stored cursor. A watchdog reminder, registered before the start is
/// recorded, brings the grain back after a lost silo until the last page is done; a failed send is retried from the
/// last checkpoint after a growing pause.
/// </remarks>
public sealed class RoundNotificationGrain(
    [PersistentState(StorageNames.RoundNotificationState, StorageNames.Provider)] IPersistentState<RoundNotificationState> state,
    IMailSender mail,
    IParticipantStore participants,
    LinkSigningKeys keys,
    LinkOptions links,
    TimeProvider clock,
    ILogger<RoundNotificationGrain> logger) : Grain, IRoundNotificationGrain, IRemindable
{
    private const string Watchdog = "notify";
    private const int CheckpointEvery = 50;
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(1);
    private Task? _run;
    private bool _clearing;

    async Task IRoundNotificationGrain.StartAsync(int pageCount, CancellationToken cancellationToken)
    {
        if (!state.State.Started)
        {
            // A programme being deleted starts nothing: its purge may have cleared this grain already.
            if (await LiveProgramme.GetAsync(GrainFactory, Ids().ProgrammeId, cancellationToken) is null)
            {
                return;
            }

            await this.RegisterOrUpdateReminder(Watchdog, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            state.State.Started = true;
            state.State.PageCount = pageCount;
            await state.WriteStateAsync(cancellationToken);
        }

        EnsureRunning();
    }

    Task<RoundNotificationProgress> IRoundNotificationGrain.GetProgressAsync(CancellationToken cancellationToken)
    {
        var s = state.State;
        EnsureRunning();
        return Task.FromResult(new RoundNotificationProgress(s.Started, s.Page, s.PageCount, s.Sent, s.WithoutAddress, s.Done));
    }

    Task<ImmutableArray<string>> IRoundNotificationGrain.LinkUsesAsync(string linkId, CancellationToken cancellationToken) =>
        Task.FromResult(state.State.LinkUses.Where(u => u.StartsWith(linkId + "/", StringComparison.Ordinal)).Select(u => u[(linkId.Length + 1)..]).ToImmutableArray());

    async Task<bool> IRoundNotificationGrain.RecordLinkUseAsync(string linkId, string action, CancellationToken cancellationToken)
    {
        if (!state.State.LinkUses.Add($"{linkId}/{action}"))
        {
            return false;
        }

        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.LinkUses.Remove($"{linkId}/{action}");
            throw;
        }

        return true;
    }

    async Task IRoundNotificationGrain.ClearAsync(CancellationToken cancellationToken)
    {
        _clearing = true;
        if (_run is { } run)
        {
            await run;
        }

        await UnregisterWatchdogAsync();
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!state.State.Started || state.State.Done)
        {
            await UnregisterWatchdogAsync();
            return;
        }

        EnsureRunning();
    }

    private void EnsureRunning()
    {
        if (!_clearing && state.State is { Started: true, Done: false } && _run is null or { IsCompleted: true })
        {
            _run = RunLoggedAsync();
        }
    }

    private async Task RunLoggedAsync()
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!_clearing)
        {
            try
            {
                await RunAsync();
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Notifications of {Round} stopped at page {Page}, match {Match}; resuming from the last checkpoint in {Pause}",
                    Key(), state.State.Page, state.State.Match, pause);
            }

            await Task.Delay(pause, clock);
            pause = pause * 2 > MaxPause ? MaxPause : pause * 2;
            await state.ReadStateAsync();
        }
    }

    private async Task RunAsync()
    {
        var (programmeId, roundId) = Ids();
        this.DelayDeactivation(TimeSpan.FromHours(1));
        var programme = await LiveProgramme.GetAsync(GrainFactory, programmeId, CancellationToken.None);
        var key = programme is null ? [] : await keys.GetAsync(CancellationToken.None);
        while (programme is not null && !_clearing && state.State.Page < state.State.PageCount)
        {
            var page = await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, state.State.Page)).GetAsync();
            var matches = page?.Matches ?? [];
            for (var start = state.State.Match; start < matches.Length && !_clearing; start += CheckpointEvery)
            {
                // One read of the participants table per chunk, right before its messages: no grain is activated, and
                // someone erased before the chunk is not written to.
                var chunk = matches.AsSpan(start, Math.Min(CheckpointEvery, matches.Length - start)).ToArray();
                var profiles = await participants.ReadProfilesAsync(programme.Id, [.. chunk.SelectMany(m => new[] { m.MenteeId, m.MentorId })], CancellationToken.None);
                for (var i = 0; i < chunk.Length; i++)
                {
                    await AnnounceAsync(programme, roundId, chunk[i], profiles[2 * i], profiles[(2 * i) + 1], page!.Peer, key);
                }

                if (start + chunk.Length < matches.Length)
                {
                    state.State.Match = start + chunk.Length;
                    await state.WriteStateAsync();
                }
            }

            if (_clearing)
            {
                return;
            }

            state.State.Page++;
            state.State.Match = 0;
            await state.WriteStateAsync();
            logger.LogInformation("Notifications of {Round}: page {Page} of {Pages} done, {Sent} messages sent, {WithoutAddress} participants without an address",
                Key(), state.State.Page, state.State.PageCount, state.State.Sent, state.State.WithoutAddress);
        }

        if (_clearing)
        {
            return;
        }

        state.State.Done = true;
        await state.WriteStateAsync();
        await UnregisterWatchdogAsync();
        logger.LogInformation("Notifications of {Round} are done: {Sent} messages sent", Key(), state.State.Sent);
    }

    private async Task AnnounceAsync(Programme programme, string roundId, RoundMatch match, Participant? mentee, Participant? mentor, bool peer, byte[] key)
    {
        if (mentee is null || mentor is null)
        {
            // One side was erased since the round published: nobody is told about a match with a person who is gone.
            return;
        }

        await TellAsync(programme, roundId, match, mentee, mentor, "mentee", peer ? "peer" : "mentee", key);
        await TellAsync(programme, roundId, match, mentor, mentee, "mentor", peer ? "peer" : "mentor", key);
    }

    private async Task TellAsync(Programme programme, string roundId, RoundMatch match, Participant recipient, Participant other, string side, string role, byte[] key)
    {
        if (recipient.Email.Length == 0)
        {
            state.State.WithoutAddress++;
            return;
        }

        var now = clock.GetUtcNow();
        var messageId = MailKeys.MatchMessageId(programme.Id, roundId, match.MenteeId, side);
        var (url, expiresAt) = PersonalLinks.Respond(links, key, messageId, programme.Id, roundId, match.MenteeId, recipient.Id, now);
        await mail.SendAsync(MatchAnnouncement.Write(programme, recipient, other, role, match.Reasons, url, expiresAt, messageId, now), CancellationToken.None);
        state.State.Sent++;
    }

    private async Task UnregisterWatchdogAsync()
    {
        if (await this.GetReminder(Watchdog) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private string Key() => this.GetPrimaryKeyString();

    // "programmes/{programme}/rounds/{round}/notifications"
    private (string ProgrammeId, string RoundId) Ids()
    {
        var parts = Key().Split('/');
        return (parts[1], parts[3]);
    }
}
