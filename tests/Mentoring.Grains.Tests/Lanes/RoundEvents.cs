using System.Collections.Concurrent;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains.Tests.Lanes;

/// <summary>Every phase every round enters, in the order the coordinators record them, across the cluster.</summary>
public sealed class RoundEvents : IRoundPhaseObserver
{
    private readonly ConcurrentQueue<(string ProgrammeId, RoundPhase Phase)> _events = new();

    public IReadOnlyList<(string ProgrammeId, RoundPhase Phase)> All => [.. _events];

    public int IndexOf(string programmeId, RoundPhase phase) => All.ToList().IndexOf((programmeId, phase));

    public IReadOnlyList<RoundPhase> Of(string programmeId) => [.. All.Where(e => e.ProgrammeId == programmeId).Select(e => e.Phase)];

    Task IRoundPhaseObserver.EnteredAsync(RoundSpec spec, RoundPhase phase, CancellationToken cancellationToken)
    {
        _events.Enqueue((spec.ProgrammeId, phase));
        return Task.CompletedTask;
    }
}
