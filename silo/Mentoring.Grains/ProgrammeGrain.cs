using Mentoring.Abstractions;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains;

/// <inheritdoc cref="IProgrammeGrain"/>
public sealed class ProgrammeGrain(
    [PersistentState(StorageNames.ProgrammeState, StorageNames.Provider)] IPersistentState<ProgrammeState> state,
    TimeProvider clock) : Grain, IProgrammeGrain
{
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

        state.State = state.State with { Programme = programme, Version = state.State.Version + 1, UpdateTime = clock.GetUtcNow() };
        await state.WriteStateAsync(cancellationToken);
        return new(WriteStatus.Updated, Snapshot());
    }

    async Task<ParticipantPage> IProgrammeGrain.ListParticipantsAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, CancellationToken cancellationToken)
    {
        if (state.State is not { Programme: { } programme, Deleting: false })
        {
            return new ParticipantPage([], null);
        }

        return await new ProgrammeMembership(GrainFactory, programme.Id).ListAsync(cursor, pageSize, role, cancellationToken);
    }

    async Task<WriteStatus> IProgrammeGrain.DeleteAsync(string? expectedEtag, bool force, CancellationToken cancellationToken)
    {
        if (state.State.Programme is not { } existing)
        {
            return WriteStatus.NotFound;
        }

        var membership = new ProgrammeMembership(GrainFactory, existing.Id);
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
        // The directory is found through the tenant, which clearing the state forgets.
        var directory = Directory;
        await directory.RemoveAsync(existing.Id, cancellationToken);
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
        return WriteStatus.Deleted;
    }

    private IProgrammeDirectoryGrain Directory => GrainFactory.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(state.State.Tenant));

    private ProgrammeSnapshot? Snapshot() =>
        state.State is { Programme: { } programme, Deleting: false }
            ? new ProgrammeSnapshot(programme, Etags.Of(state.State.Version), state.State.CreateTime, state.State.UpdateTime, state.State.Tenant)
            : null;
}
