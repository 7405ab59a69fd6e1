using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <inheritdoc cref="IParticipantGrain"/>
/// <remarks>Placed on the silo of its first caller: an import chunk's items activate where the chunk runs.</remarks>
[Orleans.Placement.PreferLocalPlacement]
public sealed class ParticipantGrain(
    [PersistentState(StorageNames.ParticipantState, StorageNames.ParticipantProvider)] IPersistentState<ParticipantState> state,
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
            return new(WriteStatus.Unchanged, Snapshot());
        }

        if (existing is not null && mode == WriteMode.Create)
        {
            return new(WriteStatus.AlreadyExists, Snapshot());
        }

        var now = clock.GetUtcNow();
        // "with" keeps the match slots: a profile edit never frees or takes a slot.
        await PersistAsync(state.State with
        {
            Participant = participant,
            Version = state.State.Version + 1,
            CreateTime = existing is null ? now : state.State.CreateTime,
            UpdateTime = now,
        }, cancellationToken);
        return new(existing is null ? WriteStatus.Created : WriteStatus.Updated, Snapshot());
    }

    async Task<WriteResult<ParticipantSnapshot>> IParticipantGrain.ImportAsync(Participant participant, CancellationToken cancellationToken)
    {
        var result = await ((IParticipantGrain)this).WriteAsync(participant, WriteMode.Upsert, null, cancellationToken);
        DeactivateOnIdle();
        return result;
    }

    Task<ParticipantSnapshot?> IParticipantGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot());

    async Task<WriteStatus> IParticipantGrain.DeleteAsync(string? expectedEtag, CancellationToken cancellationToken)
    {
        if (state.State.Participant is null && state.State.ErasurePseudonym is null)
        {
            return WriteStatus.NotFound;
        }

        if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
        {
            return WriteStatus.EtagMismatch;
        }

        await ClearAsync(cancellationToken);
        return WriteStatus.Deleted;
    }

    async Task<ErasureTicket> IParticipantGrain.BeginErasureAsync(string? expectedEtag, CancellationToken cancellationToken)
    {
        var excluded = ExcludedPartners;
        if (state.State.ErasurePseudonym is { } pseudonym)
        {
            return new(WriteStatus.Deleted, pseudonym, excluded);
        }

        if (state.State.Participant is null)
        {
            return new(WriteStatus.NotFound, null, []);
        }

        if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != Etags.Of(state.State.Version))
        {
            return new(WriteStatus.EtagMismatch, null, []);
        }

        // The profile leaves storage in this first write; what is kept until the end is only what erasure itself needs.
        pseudonym = Pseudonyms.New();
        await PersistAsync(new ParticipantState { ErasurePseudonym = pseudonym, ExcludedPartners = excluded }, cancellationToken);
        return new(WriteStatus.Deleted, pseudonym, excluded);
    }

    async Task IParticipantGrain.CompleteErasureAsync(CancellationToken cancellationToken)
    {
        if (state.State.ErasurePseudonym is null)
        {
            return;
        }

        await ClearAsync(cancellationToken);
    }

    async Task IParticipantGrain.ForgetAsync(string erasedId, string pseudonym, CancellationToken cancellationToken)
    {
        if (state.State.Participant is not { } participant)
        {
            return;
        }

        var forgotten = ParticipantReferences.Without(participant, erasedId);
        var excluded = ExcludedPartners;
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
        await PersistAsync(profileChanged ? next with { Version = next.Version + 1, UpdateTime = clock.GetUtcNow() } : next, cancellationToken);
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
        await PersistAsync(WithSlots(role, slots.Insert(index, match)), cancellationToken);
        return MatchSlot.Reserved;
    }

    async Task IParticipantGrain.ReleaseMatchSlotAsync(string match, CancellationToken cancellationToken)
    {
        if (state.State.Participant is null)
        {
            return;
        }

        var next = state.State;
        foreach (var role in Enum.GetValues<MatchRole>())
        {
            var slots = Slots(next, role);
            if (slots.Contains(match))
            {
                next = WithSlots(next, role, slots.Remove(match));
            }
        }

        if (!ReferenceEquals(next, state.State))
        {
            await PersistAsync(next, cancellationToken);
        }
    }

    Task<ImmutableArray<string>> IParticipantGrain.GetMatchSlotsAsync(MatchRole role, CancellationToken cancellationToken) =>
        Task.FromResult(Slots(role));

    async Task IParticipantGrain.ExcludePartnerAsync(string partnerId, CancellationToken cancellationToken)
    {
        var excluded = ExcludedPartners;
        var index = excluded.BinarySearch(partnerId, StringComparer.Ordinal);
        if (state.State.Participant is null || index >= 0)
        {
            return;
        }

        await PersistAsync(state.State with { ExcludedPartners = excluded.Insert(~index, partnerId) }, cancellationToken);
    }

    Task<MenteeProfile?> IParticipantGrain.GetMenteeProfileAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Participant is { } participant
            ? new MenteeProfile(participant, ExcludedPartners)
            : null);

    Task<ImmutableArray<string>?> IParticipantGrain.GetExcludedPartnersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<string>?>(state.State.Participant is null ? null
            : ExcludedPartners);

    private static int Limit(MatchRole role, Participant participant) => role switch
    {
        MatchRole.Mentor => participant.Capacity,
        MatchRole.Mentee => MatchLimits.MenteeActiveMatches,
        _ => MatchLimits.PeerActiveMatches,
    };

    // Rows stored before exclusions existed deserialize without them.
    private ImmutableArray<string> ExcludedPartners => state.State.ExcludedPartners.IsDefault ? [] : state.State.ExcludedPartners;

    private ImmutableArray<string> Slots(MatchRole role) => Slots(state.State, role);

    // Rows stored before a kind of slot existed deserialize without it.
    private static ImmutableArray<string> Slots(ParticipantState source, MatchRole role)
    {
        var slots = role switch
        {
            MatchRole.Mentor => source.MatchSlots,
            MatchRole.Mentee => source.MenteeSlots,
            _ => source.PeerSlots,
        };
        return slots.IsDefault ? [] : slots;
    }

    private ParticipantState WithSlots(MatchRole role, ImmutableArray<string> slots) => WithSlots(state.State, role, slots);

    private static ParticipantState WithSlots(ParticipantState source, MatchRole role, ImmutableArray<string> slots) => role switch
    {
        MatchRole.Mentor => source with { MatchSlots = slots },
        MatchRole.Mentee => source with { MenteeSlots = slots },
        _ => source with { PeerSlots = slots },
    };

    // The activation shows only what is durable. A failed write may still have been made (the answer was lost), so the
    // activation goes and the next call reads the row as it is.
    private async Task PersistAsync(ParticipantState next, CancellationToken cancellationToken)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task ClearAsync(CancellationToken cancellationToken)
    {
        try
        {
            await state.ClearStateAsync(cancellationToken);
        }
        finally
        {
            DeactivateOnIdle();
        }

        state.State = new ParticipantState();
    }

    private ParticipantSnapshot? Snapshot() => state.State.ToSnapshot();
}
