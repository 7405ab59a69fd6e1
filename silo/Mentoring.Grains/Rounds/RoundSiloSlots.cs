using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// Bounds the rounds whose coordinators run on this silo (<see cref="RoundOptions.MaxRunningPerSilo"/>). In memory only:
/// the slots die with the silo, and so do the coordinators that held them.
/// </summary>
public sealed class RoundSiloSlots(IOptions<RoundOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxRunningPerSilo, options.Value.MaxRunningPerSilo);

    /// <summary>Takes a slot if one is free now.</summary>
    public bool TryEnter() => _slots.Wait(0);

    /// <summary>Waits for a slot.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
