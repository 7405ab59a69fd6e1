using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <inheritdoc cref="IParticipantGrain"/>
public sealed class ParticipantGrain(
    [PersistentState(StorageNames.ParticipantState, StorageNames.Provider)] IPersistentState<ParticipantState> state,
    TimeProvider clock) : Grain, IParticipantGrain
{
    async Task<WriteResult<ParticipantSnapshot>> IParticipantGrain.WriteAsync(
        Participant participant, WriteMode mode, string? expectedEtag, CancellationToken cancellationToken)
    {
        var existing = state.State.Participant;
        if (existing is null && mode == WriteMode.Update)
        {
            return new(WriteStatus.NotFound, null);
        }

        if (!string.IsNullOrEmpty(expectedEtag) && (existing is null || expectedEtag != Etags.Of(state.State.Version)))
        {
            return new(WriteStatus.EtagMismatch, Snapshot());
        }

        if (existing is not null && ContentEquality.Same(existing, participant))
        {
            // Repairs the index if an earlier write stored the profile but failed before indexing it.
            await Shard(participant.Id).UpsertAsync(participant, cancellationToken);
            return new(WriteStatus.Unchanged, Snapshot());
        }

        if (existing is not null && mode == WriteMode.Create)
        {
            return new(WriteStatus.AlreadyExists, Snapshot());
        }

        var now = clock.GetUtcNow();
        // "with" keeps the match slots: a profile edit never frees or takes a slot.
        state.State = state.State with
        {
            Participant = participant,
            Version = state.State.Version + 1,
            CreateTime = existing is null ? now : state.State.CreateTime,
            UpdateTime = now,
        };
        await state.WriteStateAsync(cancellationToken);
        await Shard(participant.Id).UpsertAsync(participant, cancellationToken);
        return new(existing is null ? WriteStatus.Created : WriteStatus.Updated, Snapshot());
    }

    Task<ParticipantSnapshot?> IParticipantGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot());

    async Task<WriteStatus> IParticipantGrain.DeleteAsync(string? expectedEtag, CancellationToken cancellationToken)
    {
        var (programmeId, participantId) = ParseKey();
        if (state.State.Participant is null)
        {
            // Also drops a stale index entry, so erasing a programme always makes progress.
            await Shard(participantId, programmeId).RemoveAsync(participantId, cancellationToken);
            return WriteStatus.NotFound;
        }

        if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
        {
            return WriteStatus.EtagMismatch;
        }

        await state.ClearStateAsync(cancellationToken);
        state.State = new ParticipantState();
        await Shard(participantId, programmeId).RemoveAsync(participantId, cancellationToken);
        DeactivateOnIdle();
        return WriteStatus.Deleted;
    }

    async Task<MatchSlot> IParticipantGrain.ReserveMatchSlotAsync(string match, MatchRole role, CancellationToken cancellationToken)
    {
        if (state.State.Participant is not { } participant)
        {
            return MatchSlot.ParticipantNotFound;
        }

        var slots = Slots(role);
        if (slots.Contains(match))
        {
            return MatchSlot.Reserved;
        }

        // A capacity lowered below the slots already held refuses new ones but keeps the existing matches.
        if (slots.Length >= Limit(role, participant))
        {
            return MatchSlot.Full;
        }

        var index = ~slots.BinarySearch(match, StringComparer.Ordinal);
        state.State = WithSlots(role, slots.Insert(index, match));
        await state.WriteStateAsync(cancellationToken);
        await PublishLoadAsync(cancellationToken);
        return MatchSlot.Reserved;
    }

    async Task IParticipantGrain.ReleaseMatchSlotAsync(string match, CancellationToken cancellationToken)
    {
        if (state.State.Participant is null)
        {
            return;
        }

        var changed = false;
        foreach (var role in Enum.GetValues<MatchRole>())
        {
            var slots = Slots(role);
            if (slots.Contains(match))
            {
                state.State = WithSlots(role, slots.Remove(match));
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync(cancellationToken);
            await PublishLoadAsync(cancellationToken);
        }
    }

    Task<ImmutableArray<string>> IParticipantGrain.GetMatchSlotsAsync(MatchRole role, CancellationToken cancellationToken) =>
        Task.FromResult(Slots(role));

    async Task IParticipantGrain.ExcludePartnerAsync(string partnerId, CancellationToken cancellationToken)
    {
        var excluded = state.State.ExcludedPartners.IsDefault ? [] : state.State.ExcludedPartners;
        var index = excluded.BinarySearch(partnerId, StringComparer.Ordinal);
        if (state.State.Participant is null || index >= 0)
        {
            return;
        }

        state.State = state.State with { ExcludedPartners = excluded.Insert(~index, partnerId) };
        await state.WriteStateAsync(cancellationToken);
    }

    Task<MenteeProfile?> IParticipantGrain.GetMenteeProfileAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Participant is { } participant
            ? new MenteeProfile(participant, state.State.ExcludedPartners.IsDefault ? [] : state.State.ExcludedPartners)
            : null);

    // The shard scores this participant as a mentor for recommendations, so it must know when it is full.
    private Task PublishLoadAsync(CancellationToken cancellationToken) =>
        Shard(state.State.Participant!.Id).SetMatchLoadAsync(
            state.State.Participant.Id, new MatchLoad(Slots(MatchRole.Mentor).Length, Slots(MatchRole.Peer).Length), cancellationToken);

    private static int Limit(MatchRole role, Participant participant) => role switch
    {
        MatchRole.Mentor => participant.Capacity,
        MatchRole.Mentee => MatchLimits.MenteeActiveMatches,
        _ => MatchLimits.PeerActiveMatches,
    };

    // Rows stored before a kind of slot existed deserialize without it.
    private ImmutableArray<string> Slots(MatchRole role)
    {
        var slots = role switch
        {
            MatchRole.Mentor => state.State.MatchSlots,
            MatchRole.Mentee => state.State.MenteeSlots,
            _ => state.State.PeerSlots,
        };
        return slots.IsDefault ? [] : slots;
    }

    private ParticipantState WithSlots(MatchRole role, ImmutableArray<string> slots) => role switch
    {
        MatchRole.Mentor => state.State with { MatchSlots = slots },
        MatchRole.Mentee => state.State with { MenteeSlots = slots },
        _ => state.State with { PeerSlots = slots },
    };

    private IMembershipShardGrain Shard(string participantId, string? programmeId = null) =>
        GrainFactory.GetGrain<IMembershipShardGrain>(
            GrainKeys.MembershipShard(programmeId ?? ParseKey().ProgrammeId, GrainKeys.MembershipShardOf(participantId)));

    private (string ProgrammeId, string ParticipantId) ParseKey()
    {
        var parts = this.GetPrimaryKeyString().Split('/');
        return (parts[1], parts[3]);
    }

    private ParticipantSnapshot? Snapshot() =>
        state.State.Participant is { } participant
            ? new ParticipantSnapshot(participant, Etags.Of(state.State.Version), state.State.CreateTime, state.State.UpdateTime)
            : null;
}
