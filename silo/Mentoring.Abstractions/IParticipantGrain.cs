using System.Collections.Immutable;
using Mentoring.Abstractions.Matches;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>One participant's profile, availability and preferences. Keyed by <see cref="GrainKeys.Participant"/>.</summary>
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Writes an already validated profile; identical content changes nothing.</summary>
    Task<WriteResult<ParticipantSnapshot>> WriteAsync(Participant participant, WriteMode mode, string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>
    /// One item of a bulk import: an upsert that then lets the activation go, so an import of any size leaves no
    /// profiles behind in memory.
    /// </summary>
    Task<WriteResult<ParticipantSnapshot>> ImportAsync(Participant participant, CancellationToken cancellationToken = default);

    /// <summary>The participant, or null when it does not exist.</summary>
    Task<ParticipantSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Erases the participant: its row, which is also its entry in every listing.</summary>
    Task<WriteStatus> DeleteAsync(string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>
    /// First step of erasure: the profile is dropped from its row (and so from every listing) and a pseudonym is fixed, which
    /// a repeated call returns again, so an erasure that failed half-way resumes with the same pseudonym. Until
    /// <see cref="CompleteErasureAsync"/>, the participant reads as absent and cannot be written.
    /// </summary>
    Task<ErasureTicket> BeginErasureAsync(string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>Last step of erasure: removes the row; a no-op unless an erasure is in progress.</summary>
    Task CompleteErasureAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets an erased participant: drops their id from this profile's reporting line, ranked choices, blocked list,
    /// prior engagements and excluded partners, and renames the match slots named after them to the pseudonym.
    /// </summary>
    Task ForgetAsync(string erasedId, string pseudonym, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds one of the participant's slots in <paramref name="role"/> for an active match (named by <see cref="MatchKeys.Match"/>);
    /// idempotent. The single place capacity is counted, so concurrent accepts from different rounds cannot exceed it.
    /// </summary>
    Task<MatchSlot> ReserveMatchSlotAsync(string match, MatchRole role, CancellationToken cancellationToken = default);

    /// <summary>Frees the match's slot in whatever role it holds one; a no-op when it holds none.</summary>
    Task ReleaseMatchSlotAsync(string match, CancellationToken cancellationToken = default);

    /// <summary>The matches holding a slot in <paramref name="role"/>, in ordinal order.</summary>
    Task<ImmutableArray<string>> GetMatchSlotsAsync(MatchRole role, CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers a partner this participant must never be offered again (the match was declined, or became active and
    /// so will only ever end); idempotent.
    /// </summary>
    Task ExcludePartnerAsync(string partnerId, CancellationToken cancellationToken = default);

    /// <summary>The profile with its excluded partners (what a manual override checks), or null when the participant does not exist.</summary>
    Task<MenteeProfile?> GetMenteeProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Only the partners this participant may not be matched with again (ordinal order), or null when the participant
    /// does not exist: what a recommendation reads fresh on every request, without the profile.
    /// </summary>
    Task<ImmutableArray<string>?> GetExcludedPartnersAsync(CancellationToken cancellationToken = default);
}
