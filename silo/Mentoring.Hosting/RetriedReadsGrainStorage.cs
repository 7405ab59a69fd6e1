using Mentoring.Storage.Faults;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mentoring.Hosting;

/// <summary>
/// The grain storage every grain but the participant uses: reads (grain activations) are retried on transient storage
/// faults, since a failed activation would carry a database exception to the caller, often on another silo. Writes pass
/// straight through: only the grain knows whether repeating its write is safe (<c>RetriedStateWrites</c> in the grains).
/// </summary>
internal sealed class RetriedReadsGrainStorage(IGrainStorage inner, StorageRetry retry) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        retry.RunAsync($"reading {stateName} of {grainId}", (_, token) => inner.ReadStateAsync(stateName, grainId, grainState, token), cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        inner.WriteStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        inner.ClearStateAsync(stateName, grainId, grainState, cancellationToken);
}
