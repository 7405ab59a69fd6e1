namespace Mentoring.Abstractions.Security;

/// <summary>Erases a deleted participant from a programme's stored round results. Stateless; keyed by the participant's resource name.</summary>
public interface IParticipantErasureGrain : IGrainWithStringKey
{
    /// <summary>Pseudonymises the participant in every stored result page of every round of the programme; returns the pseudonym used.</summary>
    Task<string> PseudonymiseResultsAsync(CancellationToken cancellationToken = default);
}
