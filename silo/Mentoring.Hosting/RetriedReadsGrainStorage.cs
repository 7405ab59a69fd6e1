using Mentoring.Storage.Faults;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mentoring.Hosting;

/// <summary>
/// The grain storage every grain but the participant uses: reads (grain activations) are retried on transient storage
/// faults, since a failed activation would carry a database exception to the caller, often on another silo. Writes are
/// not repeated here (only the grain knows whether repeating its write is safe: <c>RetriedStateWrites</c> in the grains),
/// but their faults are translated into a <see cref="StorageFaultException"/>, which crosses grain calls.
/// </summary>
internal sealed class RetriedReadsGrainStorage(IGrainStorage inner, StorageRetry retry) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        retry.RunAsync($"reading {stateName} of {grainId}", (_, token) => inner.ReadStateAsync(stateName, grainId, grainState, token), cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Translated(inner.WriteStateAsync(stateName, grainId, grainState, cancellationToken), $"Writing {stateName} of {grainId}");

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        Translated(inner.ClearStateAsync(stateName, grainId, grainState, cancellationToken), $"Clearing {stateName} of {grainId}");

    private static async Task Translated(Task operation, string what)
    {
        try
        {
            await operation;
        }
        catch (Exception exception) when (exception is not InconsistentStateException && StorageFaultException.Translate(exception, what) is { } fault)
        {
            throw fault;
        }
    }
}
