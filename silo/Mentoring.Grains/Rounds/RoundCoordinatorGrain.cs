using System.Collections.Immutable;
using System.Diagnostics;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Events;
using Mentoring.Grains.Lanes;
using Mentoring.Grains.Telemetry;
using Mentoring.Matching.Distributed;
using Mentoring.Storage.Faults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRoundCoordinatorGrain"/>
public sealed class RoundCoordinatorGrain(
    [PersistentState(StorageNames.RoundState, StorageNames.Provider)] IPersistentState<RoundState> state,
    IOptions<RoundOptions> options,
    TimeProvider clock,
    RoundMetrics metrics,
    IParticipantStore participants,
    StorageRetry retry,
    IEnumerable<IRoundPhaseObserver> observers,
    BackgroundLane lane,
    RoundSiloSlots siloSlots,
    IProgrammeEventStore events,
    ILogger<RoundCoordinatorGrain> logger) : Grain, IRoundCoordinatorGrain, IRemindable
{
    private const string Watchdog = "round-watchdog";
    private readonly CancellationTokenSource _cancel = new();
    private Task? _run;
    private long _pairsScored;
    private long _pairsTotal;
    private RoundRun? _telemetry;
    private bool _handingOver;
    private bool _holdsSiloSlot;

    // One state write at a time: the run's and the outbox's (a watchdog tick may append while the run finishes).
    private readonly SemaphoreSlim _writes = new(1, 1);

    // Ids of pending events known to be in the log: the next state write drops them.
    private ImmutableHashSet<string> _inLog = [];

    // While the final phase is being recorded and announced, callers still see the previous one, so that nobody
    // (a retry, a watcher) acts on a final state before the registry and the reminder know about it.
    private RoundSnapshot? _shownWhileFinishing;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Events a crash left pending go to the log before anything else happens to the round.
        if (!Pending.IsEmpty)
        {
            await TryAppendPendingAsync(cancellationToken);
        }

        // A coordinator that died mid-round runs it again from the snapshot; every phase is deterministic on the same data.
        if (state.State.Progress is { IsFinal: false })
        {
            StartRun();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A stopping silo hands the round over: the run stops without recording an end, and the next activation
        // (the watchdog reminder's or the next caller's, on another silo) runs it again from the stored phase.
        if (_run is { IsCompleted: false } run)
        {
            _handingOver = true;
            await _cancel.CancelAsync();
            try
            {
                await run.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    async Task<RoundSnapshot> IRoundCoordinatorGrain.StartAsync(RoundSpec spec, CancellationToken cancellationToken)
    {
        if (state.State.Spec is null)
        {
            state.State = new RoundState { Spec = spec, Progress = new RoundProgress(RoundPhase.Pending, 0, 0, clock.GetUtcNow(), null, null) };
            await WritePhaseAsync(cancellationToken);
            await RegisterWatchdogAsync(cancellationToken);
            StartRun();
        }

        return Snapshot()!;
    }

    async Task<RoundSnapshot?> IRoundCoordinatorGrain.RetryAsync(CancellationToken cancellationToken)
    {
        if (state.State.Progress is { Phase: RoundPhase.Failed } && _run is null or { IsCompleted: true })
        {
            state.State = state.State with { Progress = new RoundProgress(RoundPhase.Pending, 0, 0, clock.GetUtcNow(), null, null) };
            await WritePhaseAsync(cancellationToken);
            await RegisterWatchdogAsync(cancellationToken);
            StartRun();
        }

        return Snapshot();
    }

    Task<RoundSnapshot?> IRoundCoordinatorGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot());

    async Task<RoundSnapshot?> IRoundCoordinatorGrain.CancelAsync(CancellationToken cancellationToken)
    {
        await StopRunAsync();
        return Snapshot();
    }

    async Task<RoundMatchPage?> IRoundCoordinatorGrain.GetPageAsync(int page, CancellationToken cancellationToken)
    {
        if (state.State.Spec is not { } spec || page < 0 || page >= state.State.MatchPageCount)
        {
            return null;
        }

        return await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(spec.ProgrammeId, spec.RoundId, page)).GetAsync(cancellationToken);
    }

    async Task IRoundCoordinatorGrain.DeleteAsync(CancellationToken cancellationToken)
    {
        await StopRunAsync();
        await UnregisterWatchdogAsync();

        // Erasure may have changed the row since this activation read it (RoundResultsGrain): clear it at its current etag.
        await state.ReadStateAsync(cancellationToken);
        if (state.RecordExists)
        {
            await state.ClearStateAsync(retry, cancellationToken);
        }

        state.State = new RoundState();
        DeactivateOnIdle();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Spec is null)
        {
            await UnregisterWatchdogAsync();
        }
        else if (state.State.Progress is { IsFinal: true })
        {
            await FinishAsync(published: state.State.Progress.Phase == RoundPhase.Done && !state.State.Spec!.DryRun);
        }
        else if (_run is null or { IsCompleted: true })
        {
            StartRun();
        }
    }

    // Cancels a running round, and waits for a run that already recorded its end to finish announcing it (registry,
    // notifications, reminders): a caller that goes on to purge the round's rows finds none written behind it.
    private async Task StopRunAsync()
    {
        if (state.State.Progress is { IsFinal: false })
        {
            await _cancel.CancelAsync();
        }

        if (_run is { IsCompleted: false } run)
        {
            await run;
        }
    }

    // The one way a run starts: its task is kept (cancel, delete and deactivation await it), and a fault that escapes it is logged.
    private void StartRun() => _run = LogEscapedFaultsAsync(RunAsync());

    private async Task LogEscapedFaultsAsync(Task run)
    {
        try
        {
            await run;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Round {Round} stopped on a fault its run did not handle; the watchdog runs it again", state.State.Spec?.RoundId);
        }
    }

    private async Task RunAsync()
    {
        var spec = state.State.Spec!;
        var cancellationToken = _cancel.Token;
        this.DelayDeactivation(TimeSpan.FromHours(1));
        using var telemetry = _telemetry = metrics.StartRun(spec);
        try
        {
            await WaitForAdmissionAsync(cancellationToken);
            await EnterAsync(RoundPhase.Snapshot);
            var snapshotStarted = Stopwatch.GetTimestamp();
            var request = await retry.RunAsync(
                "reading the round's snapshot",
                (_, token) => RoundInput.SnapshotAsync(GrainFactory, participants, spec.ProgrammeId, spec.Scope, spec.Solver, spec.Policy, token),
                cancellationToken,
                ClusterFaults.IsTransient);
            var read = Stopwatch.GetElapsedTime(snapshotStarted);
            var round = await lane.RunAsync(_ => DistributedRound.Prepare(request), cancellationToken);
            logger.LogInformation("Round {Round} read {Participants} participants in {ReadMs:F0} ms and encoded them in {EncodeMs:F0} ms",
                spec.RoundId, request.Participants.Count, read.TotalMilliseconds, (Stopwatch.GetElapsedTime(snapshotStarted) - read).TotalMilliseconds);
            _pairsTotal = (long)round.MenteeCount * round.MentorCount;
            _pairsScored = 0;

            await EnterAsync(RoundPhase.Scoring);
            var fanOut = new RoundFanOut(GrainFactory, lane, spec, options.Value, logger);
            var blocks = await fanOut.ScoreAsync(round, pairs => Interlocked.Add(ref _pairsScored, pairs), cancellationToken);
            logger.LogInformation("Round {Round} scored {Pairs} pairs on silos {Silos}", spec.RoundId, _pairsScored, string.Join(", ", fanOut.WorkItemsPerSilo));

            state.State = state.State with { WorkItemsPerSilo = fanOut.WorkItemsPerSilo.ToImmutableSortedDictionary(StringComparer.Ordinal) };
            await EnterAsync(RoundPhase.Solving);
            var result = await lane.RunAsync(token => round.Complete(blocks, token), cancellationToken);
            logger.LogInformation("Round {Round} merged its blocks in {MergeMs:F0} ms, solved in {SolveMs:F0} ms and explained in {ExplainMs:F0} ms",
                spec.RoundId, result.Timings.Score.TotalMilliseconds, result.Timings.Solve.TotalMilliseconds, result.Timings.Explain.TotalMilliseconds);

            // Recorded before the pages are written, so that erasure and purge (RoundResultsGrain) reach every page stored.
            state.State = state.State with { StoredPageCount = Math.Max(state.State.StoredPageCount, RoundResultWriter.PageCount(result, options.Value.PageSize)) };
            await EnterAsync(RoundPhase.Publishing);
            var publishStarted = Stopwatch.GetTimestamp();
            var publication = await lane.RunAsync(_ => RoundResultWriter.Build(result, round.IsPeer, options.Value.PageSize), cancellationToken);
            var built = Stopwatch.GetElapsedTime(publishStarted);
            await RoundResultWriter.WritePagesAsync(GrainFactory, retry, spec, publication.Pages, cancellationToken);
            logger.LogInformation("Round {Round} built {Pages} result pages in {BuildMs:F0} ms and stored them in {StoreMs:F0} ms",
                spec.RoundId, publication.Pages.Count, built.TotalMilliseconds, (Stopwatch.GetElapsedTime(publishStarted) - built).TotalMilliseconds);
            _shownWhileFinishing = Snapshot();
            state.State = state.State with
            {
                Report = publication.Report,
                MatchPageCount = publication.Pages.Count,
                PageFirstMentees = publication.PageFirstMentees,
                Progress = Progress(RoundPhase.Done) with { EndTime = clock.GetUtcNow() },
            };
            await WritePhaseAsync(CancellationToken.None, published: !spec.DryRun);
            telemetry.Finish(RoundPhase.Done, Interlocked.Read(ref _pairsScored), state.State.Report?.MatchRate);
            await ObserveAsync(RoundPhase.Done);

            // Done is recorded: a failure to announce it must not turn it into Failed; the watchdog announces it again.
            var announceStarted = Stopwatch.GetTimestamp();
            await AnnounceAsync();
            logger.LogInformation("Round {Round} is done and announced; the announcement took {AnnounceMs:F0} ms",
                spec.RoundId, Stopwatch.GetElapsedTime(announceStarted).TotalMilliseconds);
        }
        catch (Exception) when (_handingOver)
        {
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            await EndAsync(RoundPhase.Cancelled, null);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Round {Round} failed", spec.RoundId);
            await EndAsync(RoundPhase.Failed, TransientStorageFaults.Reason(exception));
        }
        finally
        {
            _shownWhileFinishing = null;
            if (_holdsSiloSlot)
            {
                _holdsSiloSlot = false;
                siloSlots.Release();
            }
        }
    }

    // A slot on this silo, then one in the cluster. A round that has to wait records Queued before it waits, so a
    // coordinator lost meanwhile is reactivated by its watchdog and queues again: a queued round is never lost.
    private async Task WaitForAdmissionAsync(CancellationToken cancellationToken)
    {
        _holdsSiloSlot = siloSlots.TryEnter();
        if (_holdsSiloSlot && await TryAdmitAsync(cancellationToken))
        {
            return;
        }

        await EnterAsync(RoundPhase.Queued);
        if (!_holdsSiloSlot)
        {
            await siloSlots.EnterAsync(cancellationToken);
            _holdsSiloSlot = true;
        }

        while (!await TryAdmitAsync(cancellationToken))
        {
            await Task.Delay(options.Value.QueuePollInterval, clock, cancellationToken);
        }
    }

    private Task<bool> TryAdmitAsync(CancellationToken cancellationToken) =>
        retry.RunAsync("asking for a round slot", (_, token) => Admission.TryAdmitAsync(this.GetPrimaryKeyString(), token), cancellationToken, ClusterFaults.IsTransient);

    private IRoundAdmissionGrain Admission => GrainFactory.GetGrain<IRoundAdmissionGrain>(RoundKeys.Admission);

    private async Task EnterAsync(RoundPhase phase)
    {
        state.State = state.State with { Progress = Progress(phase) };
        _telemetry?.Enter(phase, Interlocked.Read(ref _pairsScored));
        await WritePhaseAsync(CancellationToken.None);
        await ObserveAsync(phase);
    }

    private async Task ObserveAsync(RoundPhase phase)
    {
        foreach (var observer in observers)
        {
            await observer.EnteredAsync(state.State.Spec!, phase, _cancel.Token);
        }
    }

    private async Task EndAsync(RoundPhase phase, string? error)
    {
        // A failed or cancelled round publishes nothing: the page count stays zero.
        _shownWhileFinishing ??= Snapshot();
        state.State = state.State with
        {
            MatchPageCount = 0,
            Progress = Progress(phase) with { EndTime = clock.GetUtcNow(), Error = error },
        };
        try
        {
            await WritePhaseAsync(CancellationToken.None);
            _telemetry?.Finish(phase, Interlocked.Read(ref _pairsScored), null);
            await FinishAsync(published: false);
        }
        catch (Exception exception)
        {
            // The watchdog reminder runs the round again, or announces the end once it is recorded.
            logger.LogError(exception, "Round {Round} ended {Phase} but the end could not be recorded or announced", state.State.Spec!.RoundId, phase);
        }
    }

    private async Task AnnounceAsync()
    {
        try
        {
            await FinishAsync(published: !state.State.Spec!.DryRun);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Round {Round} is done but could not be announced yet; the watchdog retries", state.State.Spec!.RoundId);
        }
    }

    private async Task FinishAsync(bool published)
    {
        // The round's events are in the log (and off its state) before the round counts as finished and its watchdog goes.
        await AppendPendingAsync(CancellationToken.None);
        var spec = state.State.Spec!;
        var registry = GrainFactory.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(spec.ProgrammeId));
        await retry.RunAsync(
            "giving back the round's slot", (_, token) => Admission.ReleaseAsync(this.GetPrimaryKeyString(), token), CancellationToken.None, ClusterFaults.IsTransient);
        await retry.RunAsync(
            "telling the round registry", (_, token) => registry.RoundFinishedAsync(spec.RoundId, published, token), CancellationToken.None, ClusterFaults.IsTransient);
        if (published)
        {
            // Before the watchdog goes: a silo lost between the recorded Done and this call starts the notifications on the next tick.
            var notifications = GrainFactory.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(spec.ProgrammeId, spec.RoundId));
            await retry.RunAsync(
                "starting the round's notifications", (_, token) => notifications.StartAsync(state.State.MatchPageCount, token), CancellationToken.None, ClusterFaults.IsTransient);
            var followUp = GrainFactory.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(spec.ProgrammeId, spec.RoundId));
            await retry.RunAsync(
                "starting the round's reminders", (_, token) => followUp.StartAsync(state.State.MatchPageCount, token), CancellationToken.None, ClusterFaults.IsTransient);
            var digest = GrainFactory.GetGrain<IMentorDigestGrain>(MailKeys.MentorDigest(spec.ProgrammeId));
            await retry.RunAsync("scheduling the mentor digest", (_, token) => digest.StartAsync(token), CancellationToken.None, ClusterFaults.IsTransient);
        }

        await UnregisterWatchdogAsync();
    }

    /// <summary>
    /// Writes the state with the event of the phase it now holds (and the round's publication) added to the pending
    /// ones: the change and its events are one write. They reach the log right after; a failed append stays pending.
    /// </summary>
    private async Task WritePhaseAsync(CancellationToken cancellationToken, bool published = false)
    {
        var spec = state.State.Spec!;
        var now = clock.GetUtcNow();
        var added = new List<PendingEvent> { RoundEvents.PhaseChanged(spec, state.State.Progress!, now) };
        if (published)
        {
            added.Add(RoundEvents.Published(spec, state.State.Report?.MatchedCount ?? 0, now));
        }

        await _writes.WaitAsync(CancellationToken.None);
        try
        {
            state.State = state.State with { PendingEvents = Unlogged().AddRange(added) };
            await state.WriteStateAsync(retry, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        await TryAppendPendingAsync(cancellationToken);
    }

    private ImmutableArray<PendingEvent> Pending => state.State.PendingEvents.IsDefault ? [] : state.State.PendingEvents;

    private ImmutableArray<PendingEvent> Unlogged() => [.. Pending.Where(e => !_inLog.Contains(e.EventId))];

    private async Task TryAppendPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await AppendPendingAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The events of round {Round} could not be appended yet; they stay pending", state.State.Spec?.RoundId);
        }
    }

    /// <summary>
    /// Appends the pending events in order (a publication: its proposals page by page, then itself); once the round is
    /// final, also drops them from the stored state, so later activations have nothing to append.
    /// </summary>
    private async Task AppendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = Unlogged();
        if (pending.IsEmpty || state.State.Spec is not { } spec)
        {
            return;
        }

        var before = new List<PendingEvent>();
        foreach (var pendingEvent in pending)
        {
            if (pendingEvent.Type == Abstractions.Events.ProgrammeEventTypes.RoundPublished)
            {
                await EventOutbox.AppendAsync(events, spec.ProgrammeId, [.. before], cancellationToken);
                before.Clear();
                await AppendProposalsAsync(spec, pendingEvent.OccurredAt, cancellationToken);
            }

            before.Add(pendingEvent);
        }

        await EventOutbox.AppendAsync(events, spec.ProgrammeId, [.. before], cancellationToken);
        _inLog = _inLog.Union(pending.Select(e => e.EventId));
        if (state.State.Progress is { IsFinal: true })
        {
            await _writes.WaitAsync(CancellationToken.None);
            try
            {
                // Erasure may have changed the row since this activation read it (RoundResultsGrain): write on what is stored.
                await state.ReadStateAsync(cancellationToken);
                if (!Pending.IsEmpty)
                {
                    state.State = state.State with { PendingEvents = Unlogged() };
                    await state.WriteStateAsync(retry, cancellationToken);
                }
            }
            finally
            {
                _writes.Release();
            }
        }
    }

    // A published round's proposals, in page order, each page one append (a page holds at most a few thousand matches).
    private async Task AppendProposalsAsync(RoundSpec spec, DateTimeOffset time, CancellationToken cancellationToken)
    {
        // In page order; the next page is read while this one's events are appended.
        Task<RoundMatchPage?> Read(int page) =>
            GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(spec.ProgrammeId, spec.RoundId, page)).GetAsync(cancellationToken);

        var pageCount = state.State.MatchPageCount;
        var next = pageCount > 0 ? Read(0) : null;
        try
        {
            for (var page = 0; page < pageCount; page++)
            {
                var content = await next!;
                next = page + 1 < pageCount ? Read(page + 1) : null;
                var matches = content?.Matches ?? [];
                var proposals = matches.Select((match, index) => MatchEvents.Proposed(spec.ProgrammeId, spec.RoundId, page, index, match, time));
                await EventOutbox.AppendAsync(events, spec.ProgrammeId, [.. proposals], cancellationToken);
            }
        }
        catch when (next is not null)
        {
            // A failed append leaves the read ahead behind: it is awaited (its own outcome no longer matters, the
            // append's failure goes on), so nothing outlives the call and no fault goes unobserved.
            await next.ContinueWith(static read => read.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private Task RegisterWatchdogAsync(CancellationToken cancellationToken) =>
        retry.RunAsync(
            "registering the round's watchdog",
            (_, _) => this.RegisterOrUpdateReminder(Watchdog, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)),
            cancellationToken);

    private Task UnregisterWatchdogAsync() =>
        retry.RunAsync("removing the round's watchdog", async (_, _) =>
        {
            if (await this.GetReminder(Watchdog) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }, CancellationToken.None);

    private RoundProgress Progress(RoundPhase phase) =>
        state.State.Progress! with { Phase = phase, PairsScored = Interlocked.Read(ref _pairsScored), PairsTotal = _pairsTotal };

    private RoundSnapshot? Snapshot() =>
        _shownWhileFinishing ?? (state.State is { Spec: { } spec, Progress: { } progress }
            ? new RoundSnapshot(
                spec,
                progress.IsFinal ? progress : progress with { PairsScored = Interlocked.Read(ref _pairsScored), PairsTotal = _pairsTotal },
                state.State.Report,
                state.State.MatchPageCount,
                state.State.WorkItemsPerSilo)
            : null);
}
