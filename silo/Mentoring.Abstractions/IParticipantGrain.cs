using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>One participant's profile, availability and preferences. Keyed by <see cref="GrainKeys.Participant"/>.</summary>
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Writes an already validated profile; identical content changes nothing.</summary>
    Task<WriteResult<ParticipantSnapshot>> WriteAsync(Participant participant, WriteMode mode, string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>The participant, or null when it does not exist.</summary>
    Task<ParticipantSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Erases the participant: the storage row and the index entry.</summary>
    Task<WriteStatus> DeleteAsync(string? expectedEtag, CancellationToken cancellationToken = default);
}
