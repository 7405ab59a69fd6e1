using System.Collections.Concurrent;
using Mentoring.Grains.Matches;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Fails an override once, right after the step it was armed with: a crash between two of its writes.</summary>
public sealed class OverrideFaults : IOverrideStepObserver
{
    private readonly ConcurrentDictionary<string, OverrideStep> _armed = new(StringComparer.Ordinal);

    public void Arm(string requestId, OverrideStep after) => _armed[requestId] = after;

    public Task CompletedAsync(string requestId, OverrideStep step, CancellationToken cancellationToken) =>
        _armed.TryGetValue(requestId, out var armed) && armed == step && _armed.TryRemove(requestId, out _)
            ? throw new SimulatedCrashException($"Override {requestId} failed after {step}.")
            : Task.CompletedTask;
}

/// <summary>What <see cref="OverrideFaults"/> throws.</summary>
[GenerateSerializer]
public sealed class SimulatedCrashException(string message) : Exception(message);
