using System.Collections.Immutable;
using Mentoring.Abstractions.Rounds;
using Mentoring.Storage.Faults;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRoundAdmissionGrain"/>
public sealed class RoundAdmissionGrain(
    [PersistentState(StorageNames.RoundAdmissionState, StorageNames.Provider)] IPersistentState<RoundAdmissionState> state,
    IOptions<RoundOptions> options,
    TimeProvider clock,
    StorageRetry retry) : Grain, IRoundAdmissionGrain
{
    // A waiting round asks again every poll interval; one silent for this long (its silo died) loses its place until its
    // coordinator, reactivated by its watchdog, asks again.
    private static readonly TimeSpan MinimumQueueLease = TimeSpan.FromMinutes(2);

    private readonly List<(string Round, DateTimeOffset LastAsked)> _waiting = [];

    async Task<bool> IRoundAdmissionGrain.TryAdmitAsync(string round, CancellationToken cancellationToken)
    {
        if (state.State.Running.Contains(round))
        {
            return true;
        }

        var now = clock.GetUtcNow();
        _waiting.RemoveAll(w => now - w.LastAsked > QueueLease);
        var place = _waiting.FindIndex(w => w.Round == round);
        if (place < 0)
        {
            _waiting.Add((round, now));
            place = _waiting.Count - 1;
        }
        else
        {
            _waiting[place] = (round, now);
        }

        if (place >= options.Value.MaxRunningPerCluster - state.State.Running.Count)
        {
            return false;
        }

        await WriteAsync(state.State with { Running = state.State.Running.Add(round) }, cancellationToken);
        _waiting.RemoveAt(place);
        return true;
    }

    async Task IRoundAdmissionGrain.ReleaseAsync(string round, CancellationToken cancellationToken)
    {
        _waiting.RemoveAll(w => w.Round == round);
        if (state.State.Running.Contains(round))
        {
            await WriteAsync(state.State with { Running = state.State.Running.Remove(round) }, cancellationToken);
        }
    }

    Task<RoundAdmissionSnapshot> IRoundAdmissionGrain.GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new RoundAdmissionSnapshot([.. state.State.Running], [.. _waiting.Select(w => w.Round)]));

    private async Task WriteAsync(RoundAdmissionState next, CancellationToken cancellationToken)
    {
        state.State = next;
        try
        {
            await state.WriteStateAsync(retry, cancellationToken);
        }
        catch
        {
            // Whether the write landed is unknown: the next activation reads what is stored rather than guess.
            DeactivateOnIdle();
            throw;
        }
    }

    private TimeSpan QueueLease => TimeSpan.FromTicks(Math.Max(MinimumQueueLease.Ticks, options.Value.QueuePollInterval.Ticks * 10));
}
