using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// Told by the coordinator when a phase is recorded and its work is about to start, and with <see cref="RoundPhase.Done"/>
/// before the registry is told; none is registered in production. Tests inject faults at a phase through it.
/// </summary>
public interface IRoundPhaseObserver
{
    Task EnteredAsync(RoundSpec spec, RoundPhase phase, CancellationToken cancellationToken);
}
