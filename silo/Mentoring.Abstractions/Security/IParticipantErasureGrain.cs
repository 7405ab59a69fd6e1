namespace Mentoring.Abstractions.Security;

/// <summary>
/// Erases one participant from everything the programme stores: their row and index entry, other participants'
/// references to them, the round results (pseudonymised) and the tenant's audit log. Stateless; keyed by the
/// participant's resource name.
/// </summary>
public interface IParticipantErasureGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the erasure, or resumes one that failed half-way; the result says Deleted (with the pseudonym now standing
    /// in for the participant), NotFound or EtagMismatch.
    /// </summary>
    Task<ErasureTicket> EraseAsync(string? expectedEtag, CancellationToken cancellationToken = default);
}
