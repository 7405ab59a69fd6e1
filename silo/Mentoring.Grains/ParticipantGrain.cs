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
        if (state.State.ErasurePseudonym is not null)
        {
            // Until the erasure completes (repeating the delete resumes it), the id is neither present nor free.
            return new(mode == WriteMode.Update ? WriteStatus.NotFound : WriteStatus.AlreadyExists, null);
        }

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
        if (state.State.Participant is null && state.State.ErasurePseudonym is null)
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

    async Task<ErasureTicket> IParticipantGrain.BeginErasureAsync(string? expectedEtag, CancellationToken cancellationToken)
    {
        var (programmeId, participantId) = ParseKey();
        var excluded = state.State.ExcludedPartners.IsDefault ? [] : state.State.ExcludedPartners;
        if (state.State.ErasurePseudonym is { } pseudonym)
        {
            return new(WriteStatus.Deleted, pseudonym, excluded);
        }

        if (state.State.Participant is null)
        {
            await Shard(participantId, programmeId).RemoveAsync(participantId, cancellationToken);
            return new(WriteStatus.NotFound, null, []);
        }

        if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
        {
            return new(WriteStatus.EtagMismatch, null, []);
        }

        // The profile leaves storage in this first write; what is kept until the end is only what erasure itself needs.
        pseudonym = Pseudonyms.New();
        state.State = new ParticipantState { ErasurePseudonym = pseudonym, ExcludedPartners = excluded };
        await state.WriteStateAsync(cancellationToken);
        await Shard(participantId, programmeId).RemoveAsync(participantId, cancellationToken);
        return new(WriteStatus.Deleted, pseudonym, excluded);
    }

    async Task IParticipantGrain.CompleteErasureAsync(CancellationToken cancellationToken)
    {
        if (state.State.ErasurePseudonym is null)
        {
            return;
        }

        await state.ClearStateAsync(cancellationToken);
        state.State = new ParticipantState();
        DeactivateOnIdle();
    }

    async Task IParticipantGrain.ForgetAsync(string erasedId, string pseudonym, CancellationToken cancellationToken)
    {
        if (state.State.Participant is not { } participant)
        {
            return;
        }

        var forgotten = ParticipantReferences.Without(participant, erasedId);
        var excluded = state.State.ExcludedPartners.IsDefault ? [] : state.State.ExcludedPartners;
        var next = state.State with
        {
            Participant = forgotten,
            ExcludedPartners = excluded.Remove(erasedId),
            MatchSlots = RenameSlots(Slots(MatchRole.Mentor), erasedId, pseudonym),
            MenteeSlots = RenameSlots(Slots(MatchRole.Mentee), erasedId, pseudonym),
            PeerSlots = RenameSlots(Slots(MatchRole.Peer), erasedId, pseudonym),
        };
        // Removing or renaming nothing hands back the same arrays and profile, so the record compares equal.
        if (next == state.State)
        {
            return;
        }

        var profileChanged = !ReferenceEquals(forgotten, participant);
        state.State = profileChanged ? next with { Version = next.Version + 1, UpdateTime = clock.GetUtcNow() } : next;
        await state.WriteStateAsync(cancellationToken);
        if (profileChanged)
        {
            await Shard(forgotten.Id).UpsertAsync(forgotten, cancellationToken);
        }
    }

    // Matches are named after their mentee (MatchKeys.Match), so a slot can carry the erased id in its last segment.
    private static ImmutableArray<string> RenameSlots(ImmutableArray<string> slots, string erasedId, string pseudonym)
    {
        var suffix = "/matches/" + erasedId;
        return slots.Any(s => s.EndsWith(suffix, StringComparison.Ordinal))
            ? [.. slots.Select(s => s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^erasedId.Length] + pseudonym : s).Order(StringComparer.Ordinal)]
            : slots;
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
