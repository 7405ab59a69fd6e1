using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Security;
using Mentoring.Domain;
using Mentoring.Grains.Events;
using Mentoring.Grains.Retention;
using Mentoring.Grains.Rounds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains;

/// <inheritdoc cref="IProgrammeGrain"/>
/// <remarks>A programme with an end time keeps a retention reminder that purges it once the retention period has passed.</remarks>
public sealed class ProgrammeGrain(
    [PersistentState(StorageNames.ProgrammeState, StorageNames.Provider)] IPersistentState<ProgrammeState> state,
    TimeProvider clock,
    IParticipantStore participants,
    IProgrammeEventStore events,
    IStorageCheckpoint checkpoint,
    IOptions<RetentionOptions> retention,
    ILogger<ProgrammeGrain> logger) : Grain, IProgrammeGrain, IRemindable
{
    internal const string RetentionReminder = "programme-retention";
    private readonly RetentionSchedule _schedule = retention.Value.Schedule;

    async Task<WriteResult<ProgrammeSnapshot>> IProgrammeGrain.CreateAsync(Programme programme, string tenant, CancellationToken cancellationToken)
    {
        if (state.State.Programme is { } existing)
        {
            if (state.State.Deleting)
            {
                // The id stays taken until the purge of its data finishes.
                return new(WriteStatus.AlreadyExists, null);
            }

            // Programme ids are global: another tenant's id is taken, whatever the content.
            var status = state.State.Tenant == tenant && ContentEquality.Same(existing, programme) ? WriteStatus.Unchanged : WriteStatus.AlreadyExists;
            if (status == WriteStatus.Unchanged)
            {
                await Directory.AddAsync(existing.Id, cancellationToken);
                return new(status, Snapshot());
            }

            return new(status, null);
        }

        var now = clock.GetUtcNow();
        await ScheduleRetentionAsync(null, programme.EndTime);
        state.State = new ProgrammeState { Programme = programme, Tenant = tenant, Version = 1, CreateTime = now, UpdateTime = now };
        await state.WriteStateAsync(cancellationToken);
        await Directory.AddAsync(programme.Id, cancellationToken);
        return new(WriteStatus.Created, Snapshot());
    }

    Task<ProgrammeSnapshot?> IProgrammeGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot());

    async Task<WriteResult<ProgrammeSnapshot>> IProgrammeGrain.UpdateAsync(Programme programme, string? expectedEtag, CancellationToken cancellationToken)
    {
        if (state.State is not { Programme: { } existing, Deleting: false })
        {
            return new(WriteStatus.NotFound, null);
        }

        if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
        {
            return new(WriteStatus.EtagMismatch, Snapshot());
        }

        if (ContentEquality.Same(existing, programme))
        {
            return new(WriteStatus.Unchanged, Snapshot());
        }

        await ScheduleRetentionAsync(existing.EndTime, programme.EndTime);
        state.State = state.State with { Programme = programme, Version = state.State.Version + 1, UpdateTime = clock.GetUtcNow() };
        await state.WriteStateAsync(cancellationToken);
        if (programme.EndTime is null && existing.EndTime is not null)
        {
            await CancelRetentionAsync();
        }

        return new(WriteStatus.Updated, Snapshot());
    }

    async Task<ParticipantPage> IProgrammeGrain.ListParticipantsAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, string? search, CancellationToken cancellationToken)
    {
        if (state.State is not { Programme: { } programme, Deleting: false })
        {
            return ParticipantPage.NoProgramme;
        }

        return await new ProgrammeMembership(GrainFactory, participants, programme.Id).ListAsync(cursor, pageSize, role, search, cancellationToken);
    }

    async Task<WriteStatus> IProgrammeGrain.DeleteAsync(string? expectedEtag, bool force, CancellationToken cancellationToken)
    {
        var status = await DeleteAsync(expectedEtag, force, cancellationToken);
        if (status == WriteStatus.Deleted)
        {
            // Last: until the row is gone, a retention purge that failed part-way keeps its reminder and is retried.
            await CancelRetentionAsync();
        }

        return status;
    }

    // The delete itself; the retention reminder is dropped by the caller once everything else is done.
    private async Task<WriteStatus> DeleteAsync(string? expectedEtag, bool force, CancellationToken cancellationToken)
    {
        if (state.State.Programme is not { } existing)
        {
            return WriteStatus.NotFound;
        }

        var membership = new ProgrammeMembership(GrainFactory, participants, existing.Id);
        if (!state.State.Deleting)
        {
            if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
            {
                return WriteStatus.EtagMismatch;
            }

            if (!force && await membership.AnyAsync(cancellationToken))
            {
                return WriteStatus.HasChildren;
            }

            // From here on the programme reads as gone (no new rounds, no writes); a failure below is resumed by repeating the delete.
            state.State = state.State with { Deleting = true };
            await state.WriteStateAsync(cancellationToken);
        }

        await membership.EraseAllAsync(cancellationToken);
        await new ProgrammeRoundsPurge(GrainFactory, existing.Id).RunAsync(cancellationToken);
        await GrainFactory.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(existing.Id)).ClearAsync(cancellationToken);
        await GrainFactory.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(existing.Id)).ClearAsync(cancellationToken);
        // The directory is found through the tenant, which clearing the state forgets.
        var directory = Directory;
        await RedactParticipantsAsync(existing.Id, cancellationToken);
        await directory.RemoveAsync(existing.Id, cancellationToken);
        // After the participants' and rounds' own deletes, whose events it removes too.
        await events.PurgeAsync(existing.Id, cancellationToken);
        await state.ClearStateAsync(cancellationToken);
        await checkpoint.AfterErasureAsync(cancellationToken);
        DeactivateOnIdle();
        return WriteStatus.Deleted;
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RetentionReminder)
        {
            return;
        }

        var decision = _schedule.Decide(state.State.Programme?.EndTime, clock.GetUtcNow());
        switch (decision.Action)
        {
            case RetentionAction.Cancel:
                await CancelRetentionAsync();
                break;
            case RetentionAction.Reschedule:
                await this.RegisterOrUpdateReminder(RetentionReminder, decision.DueIn, _schedule.CheckInterval);
                break;
            case RetentionAction.Purge:
                await PurgeAsync();
                break;
        }
    }

    // A forced delete is the one path that removes everything of a programme; retention runs exactly that path.
    private async Task PurgeAsync()
    {
        var programme = state.State.Programme!;
        var tenant = state.State.Tenant;
        WriteStatus status;
        try
        {
            status = await DeleteAsync(null, force: true, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Retention could not purge programme {Programme}; it is retried at the next check", programme.Id);
            return;
        }

        if (status != WriteStatus.Deleted)
        {
            logger.LogWarning("Retention could not purge programme {Programme} ({Status}); it is retried at the next check", programme.Id, status);
            return;
        }

        var resource = GrainKeys.Programme(programme.Id);
        await GrainFactory.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(tenant)).AppendAsync(
            new AuditRecord(clock.GetUtcNow(), "system:retention", "Retention/PurgeProgramme", resource, "OK"));
        await CancelRetentionAsync();
        logger.LogInformation("Retention purged programme {Programme}", programme.Id);
    }

    // Registered before the state is written and cancelled only after: every check decides from the stored state, so a
    // reminder left by a failed write cancels itself, while a stored end time never lacks its reminder.
    private async Task ScheduleRetentionAsync(DateTimeOffset? previousEnd, DateTimeOffset? end)
    {
        if (end is { } endTime && endTime != previousEnd)
        {
            await this.RegisterOrUpdateReminder(RetentionReminder, _schedule.FirstCheckIn(endTime, clock.GetUtcNow()), _schedule.CheckInterval);
        }
    }

    private async Task CancelRetentionAsync()
    {
        if (await this.GetReminder(RetentionReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // Audit records of a purged programme keep the programme's name, but no participant's: each reads as one placeholder.
    private Task RedactParticipantsAsync(string programmeId, CancellationToken cancellationToken) =>
        GrainFactory.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(state.State.Tenant)).RedactAsync(
            $"{GrainKeys.Programme(programmeId)}/participants", $"{GrainKeys.Programme(programmeId)}/participants/{Pseudonyms.Prefix}all", wholeResource: true, cancellationToken);

    private IProgrammeDirectoryGrain Directory => GrainFactory.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(state.State.Tenant));

    private ProgrammeSnapshot? Snapshot() =>
        state.State is { Programme: { } programme, Deleting: false }
            ? new ProgrammeSnapshot(
                programme, Etags.Of(state.State.Version), state.State.CreateTime, state.State.UpdateTime, state.State.Tenant, _schedule.PurgeTime(programme.EndTime))
            : null;
}
