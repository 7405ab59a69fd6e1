using System.Collections.Concurrent;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Tests.Support;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>Takes the database away (the proxy stops) when an armed programme's round enters the armed phase.</summary>
public sealed class PhaseOutage(TcpOutageProxy proxy) : IRoundPhaseObserver
{
    private readonly ConcurrentDictionary<string, RoundPhase> _armed = new(StringComparer.Ordinal);

    public void Arm(string programmeId, RoundPhase phase) => _armed[programmeId] = phase;

    async Task IRoundPhaseObserver.EnteredAsync(RoundSpec spec, RoundPhase phase, CancellationToken cancellationToken)
    {
        if (_armed.TryGetValue(spec.ProgrammeId, out var armed) && armed == phase && _armed.TryRemove(spec.ProgrammeId, out _))
        {
            await proxy.StopAsync();
        }
    }
}
