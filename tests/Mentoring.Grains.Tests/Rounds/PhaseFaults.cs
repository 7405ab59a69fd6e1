using Mentoring.Testing;
using System.Collections.Concurrent;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>
/// Records the phases each programme's rounds enter, in order, and ends every database connection once when an armed
/// programme's round enters the armed phase, so the phase's storage work meets dead connections.
/// </summary>
public sealed class PhaseFaults(BackendTerminator terminator) : IRoundPhaseObserver
{
    private readonly ConcurrentDictionary<string, RoundPhase> _armed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RoundPhase>> _entered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _terminated = new(StringComparer.Ordinal);

    public void Arm(string programmeId, RoundPhase phase) => _armed[programmeId] = phase;

    public IReadOnlyList<RoundPhase> Entered(string programmeId) =>
        _entered.TryGetValue(programmeId, out var phases) ? [.. phases] : [];

    /// <summary>How many connections the fault ended, or null when it has not fired.</summary>
    public long? Terminated(string programmeId) => _terminated.TryGetValue(programmeId, out var count) ? count : null;

    async Task IRoundPhaseObserver.EnteredAsync(RoundSpec spec, RoundPhase phase, CancellationToken cancellationToken)
    {
        _entered.GetOrAdd(spec.ProgrammeId, _ => new()).Enqueue(phase);
        if (_armed.TryGetValue(spec.ProgrammeId, out var armed) && armed == phase && _armed.TryRemove(spec.ProgrammeId, out _))
        {
            _terminated[spec.ProgrammeId] = await terminator.TerminateAllAsync(cancellationToken);
        }
    }
}
