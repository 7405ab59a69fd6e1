using System.Collections.Concurrent;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Holds an armed programme's round where it enters the armed phase (after recording it) until the test releases it.</summary>
public sealed class PhaseGate : IRoundPhaseObserver
{
    private readonly ConcurrentDictionary<string, (RoundPhase Phase, Held Held)> _armed = new(StringComparer.Ordinal);

    public Held Arm(string programmeId, RoundPhase phase)
    {
        var held = new Held();
        _armed[programmeId] = (phase, held);
        return held;
    }

    async Task IRoundPhaseObserver.EnteredAsync(RoundSpec spec, RoundPhase phase, CancellationToken cancellationToken)
    {
        if (_armed.TryGetValue(spec.ProgrammeId, out var armed) && armed.Phase == phase && _armed.TryRemove(spec.ProgrammeId, out _))
        {
            armed.Held.Reached.TrySetResult();
            await armed.Held.Released.Task;
        }
    }

    /// <summary>One hold: <see cref="Reached"/> completes when the round stops at the gate, <see cref="Release"/> lets it go on.</summary>
    public sealed class Held
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => Released.TrySetResult();
    }
}
