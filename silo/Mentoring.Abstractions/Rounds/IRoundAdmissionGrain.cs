namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// Bounds the rounds running at once in the cluster (one grain, key <see cref="RoundKeys.Admission"/>): rounds ask for a
/// slot and wait in arrival order until one frees.
/// </summary>
public interface IRoundAdmissionGrain : IGrainWithStringKey
{
    /// <summary>True when the round holds a slot (now or already); otherwise it keeps its place in the queue.</summary>
    Task<bool> TryAdmitAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>Frees the round's slot or its place in the queue; a no-op for a round that has neither.</summary>
    Task ReleaseAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>The rounds holding a slot and those waiting, in order.</summary>
    Task<RoundAdmissionSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
