using Mentoring.Abstractions;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Grains.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Mentoring.Grains.Webhooks;

/// <inheritdoc cref="IWebhookDeliveryGrain"/>
/// <remarks>
/// A timer polls the programmes' logs; a reminder reactivates the grain when its silo is lost. Per programme, an event is
/// sent only after every earlier one is done, and the cursor is written after the 2xx: a crash between the two sends the
/// same event (same webhook-id) again, so delivery is at least once. A failure holds the programme's later events back
/// until a retry succeeds or the last retry fails, which makes the event a dead letter (cursor and list in one write).
/// Events older than the endpoint are passed over.
/// </remarks>
public sealed class WebhookDeliveryGrain(
    [PersistentState(StorageNames.WebhookDeliveryState, StorageNames.Provider)] IPersistentState<WebhookDeliveryState> state,
    IProgrammeEventSource events,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    WebhookMetrics metrics,
    TimeProvider clock,
    ILogger<WebhookDeliveryGrain> logger) : Grain, IWebhookDeliveryGrain, IRemindable
{
    internal const string Reminder = "webhook-delivery";
    private const int DirectoryPage = 1000;
    private const int MaxPagesPerPoll = 20;
    private readonly WebhookOptions _options = options.Value;
    private bool _stopped;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(PollAsync, new GrainTimerCreationOptions(TimeSpan.Zero, _options.PollInterval) { KeepAlive = true });
        await this.RegisterOrUpdateReminder(Reminder, _options.ReminderPeriod, _options.ReminderPeriod);
    }

    // The reminder's work is done by activating the grain, which starts the timer.
    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    Task<WebhookDeliveryStatus> IWebhookDeliveryGrain.GetStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new WebhookDeliveryStatus(state.State.LastAttempt, state.State.DeadLetters.Count));

    Task<IReadOnlyList<WebhookDeadLetter>> IWebhookDeliveryGrain.ListDeadLettersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WebhookDeadLetter>>([.. state.State.DeadLetters]);

    async Task<WebhookAttempt?> IWebhookDeliveryGrain.ReplayAsync(string eventId, CancellationToken cancellationToken)
    {
        var index = state.State.DeadLetters.FindIndex(d => d.EventId == eventId);
        if (index < 0 || await Endpoint().TargetAsync(cancellationToken) is not { } target)
        {
            return null;
        }

        var letter = state.State.DeadLetters[index];
        var page = await events.ReadAsync(letter.ProgrammeId, letter.Sequence - 1, 1, cancellationToken);
        WebhookAttempt attempt;
        var inLog = page.Events.FirstOrDefault() is { } programmeEvent && programmeEvent.EventId == letter.EventId;
        if (inLog)
        {
            attempt = await sender.SendAsync(target, page.Events[0], letter.LastAttempt.Attempts + 1, cancellationToken);
        }
        else
        {
            // The log no longer holds the event (its programme was purged): nothing is left to send.
            attempt = new WebhookAttempt(clock.GetUtcNow(), letter.EventId, 0, "The event is no longer in its programme's log; the dead letter was dropped.", letter.LastAttempt.Attempts);
        }

        state.State.LastAttempt = attempt;
        if (attempt.Succeeded || !inLog)
        {
            state.State.DeadLetters.RemoveAt(index);
        }
        else
        {
            state.State.DeadLetters[index] = letter with { LastAttempt = attempt };
        }

        await state.WriteStateAsync(cancellationToken);
        return attempt;
    }

    Task IWebhookDeliveryGrain.WakeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            if (await Endpoint().TargetAsync(cancellationToken) is not { } target)
            {
                await StopAsync(cancellationToken);
                return;
            }

            var programmes = await ProgrammesAsync(target, cancellationToken);
            await ForgetOtherProgrammesAsync(programmes, cancellationToken);
            foreach (var programmeId in programmes)
            {
                // A full page means more may wait: keep going (up to a bound, so other programmes get their turn).
                for (var pages = 0; pages < MaxPagesPerPoll && await DeliverAsync(target, programmeId, cancellationToken); pages++)
                {
                }
            }
        }
        catch (InconsistentStateException e)
        {
            // Another activation wrote the state since this one read it: let the next call start from the stored state.
            logger.LogWarning(e, "Webhook delivery {Delivery} lost its state to another activation; reactivating.", this.GetPrimaryKeyString());
            DeactivateOnIdle();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Webhook delivery {Delivery} could not poll; it tries again at the next poll.", this.GetPrimaryKeyString());
        }
    }

    /// <summary>
    /// Sends one page of the programme's events in order; answers whether a full page went without a failure (so more may wait).
    /// The cursor is written once per page and at every failure: a crash re-sends at most the page's delivered events,
    /// with their same webhook-id (at least once). One write per event capped delivery near the storage's write rate.
    /// </summary>
    private async Task<bool> DeliverAsync(WebhookTarget target, string programmeId, CancellationToken cancellationToken)
    {
        var cursor = state.State.Cursors.GetValueOrDefault(programmeId) ?? ProgrammeCursor.Start;
        if (cursor.RetryAt is { } retryAt && retryAt > clock.GetUtcNow())
        {
            return false;
        }

        var page = await events.ReadAsync(programmeId, cursor.Delivered, _options.BatchSize, cancellationToken);
        var unsaved = false;
        try
        {
            foreach (var programmeEvent in page.Events.Where(e => e.Sequence > cursor.Delivered))
            {
                if (!target.Spec.Wants(programmeId, programmeEvent.Type) || programmeEvent.OccurredAt < target.CreateTime)
                {
                    cursor = cursor.Past(programmeEvent.Sequence);
                    unsaved = true;
                    continue;
                }

                var attempt = await sender.SendAsync(target, programmeEvent, cursor.Failures + 1, cancellationToken);
                state.State.LastAttempt = attempt;
                if (attempt.Succeeded)
                {
                    cursor = cursor.Past(programmeEvent.Sequence);
                    unsaved = true;
                    continue;
                }

                if (attempt.Attempts > _options.Retries.Count)
                {
                    DeadLetter(programmeEvent, attempt);
                    cursor = cursor.Past(programmeEvent.Sequence);
                    unsaved = true;
                    continue;
                }

                cursor = cursor with { Failures = attempt.Attempts, RetryAt = attempt.Time + _options.Retries[attempt.Attempts - 1] };
                unsaved = true;
                return false;
            }

            return page.Events.Length >= _options.BatchSize;
        }
        finally
        {
            // Also after a send threw (cancellation, a bug): what was delivered before it is kept.
            if (unsaved)
            {
                state.State.Cursors[programmeId] = cursor;
                await state.WriteStateAsync(cancellationToken);
            }
        }
    }

    /// <summary>Drops the cursors of programmes the endpoint no longer covers (deleted, or outside a new filter).</summary>
    private async Task ForgetOtherProgrammesAsync(IReadOnlyList<string> programmes, CancellationToken cancellationToken)
    {
        var gone = state.State.Cursors.Keys.Except(programmes, StringComparer.Ordinal).ToList();
        if (gone.Count > 0)
        {
            gone.ForEach(programmeId => state.State.Cursors.Remove(programmeId));
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private void DeadLetter(ProgrammeEvent programmeEvent, WebhookAttempt attempt)
    {
        state.State.DeadLetters.Add(new WebhookDeadLetter(
            programmeEvent.ProgrammeId, programmeEvent.Sequence, programmeEvent.EventId, programmeEvent.Type, programmeEvent.OccurredAt, attempt));
        metrics.DeadLettered(programmeEvent.Type);
        var excess = state.State.DeadLetters.Count - _options.MaxDeadLetters;
        if (excess > 0)
        {
            logger.LogWarning("Webhook delivery {Delivery} dropped its {Count} oldest dead letters (limit {Limit}).", this.GetPrimaryKeyString(), excess, _options.MaxDeadLetters);
            state.State.DeadLetters.RemoveRange(0, excess);
        }
    }

    /// <summary>The programmes whose events the endpoint may want: its one programme, or every programme of its tenant.</summary>
    private async Task<IReadOnlyList<string>> ProgrammesAsync(WebhookTarget target, CancellationToken cancellationToken)
    {
        if (target.Spec.ProgrammeId is { } only)
        {
            return [only];
        }

        var directory = GrainFactory.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(target.Tenant));
        var programmes = new List<string>();
        string? after = null;
        MembershipPage page;
        do
        {
            page = await directory.ListAsync(after, DirectoryPage, cancellationToken);
            programmes.AddRange(page.ParticipantIds);
            after = page.ParticipantIds.Length > 0 ? page.ParticipantIds[^1] : null;
        }
        while (page.HasMore && after is not null);

        return programmes;
    }

    /// <summary>The endpoint is gone: forget the delivery and stop coming back.</summary>
    private async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    private IWebhookEndpointGrain Endpoint()
    {
        var key = this.GetPrimaryKeyString();
        return GrainFactory.GetGrain<IWebhookEndpointGrain>(key[..key.LastIndexOf('/')]);
    }
}
