using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>One programme: its settings, policy and taxonomy. Keyed by <see cref="GrainKeys.Programme"/>.</summary>
public interface IProgrammeGrain : IGrainWithStringKey
{
    /// <summary>Creates the programme owned by <paramref name="tenant"/>; repeating the same create is Unchanged, another tenant's is AlreadyExists.</summary>
    Task<WriteResult<ProgrammeSnapshot>> CreateAsync(Programme programme, string tenant = GrainKeys.DefaultTenant, CancellationToken cancellationToken = default);

    /// <summary>The programme, or null when it does not exist.</summary>
    [AlwaysInterleave]
    Task<ProgrammeSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the programme when the etag (if given) is current.</summary>
    Task<WriteResult<ProgrammeSnapshot>> UpdateAsync(Programme programme, string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the programme's participants, optionally of one role and matching a search (<see cref="ParticipantSearch"/>),
    /// read from the participants table in id order.
    /// </summary>
    [AlwaysInterleave]
    Task<ParticipantPage> ListParticipantsAsync(ParticipantCursor cursor, int pageSize, ParticipantRole? role, string? search = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the programme; with participants left only when forced, which erases them too.</summary>
    Task<WriteStatus> DeleteAsync(string? expectedEtag, bool force, CancellationToken cancellationToken = default);
}
