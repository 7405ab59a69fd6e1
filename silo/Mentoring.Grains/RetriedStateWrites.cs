using Mentoring.Storage.Faults;

namespace Mentoring.Grains;

/// <summary>
/// Grain state writes that survive transient storage faults. A write whose answer was lost may have landed and moved
/// the stored etag, so each retry first re-reads the row (refreshing the etag) and then writes the intended state again:
/// writing the same state twice is harmless, and the grain is its state's only writer.
/// </summary>
internal static class RetriedStateWrites
{
    public static Task WriteStateAsync<T>(this IPersistentState<T> state, StorageRetry retry, CancellationToken cancellationToken)
    {
        var intended = state.State;
        return retry.RunAsync($"writing {typeof(T).Name}", async (attempt, token) =>
        {
            if (attempt > 1)
            {
                await state.ReadStateAsync(token);
                state.State = intended;
            }

            await state.WriteStateAsync(token);
        }, cancellationToken);
    }

    public static Task ClearStateAsync<T>(this IPersistentState<T> state, StorageRetry retry, CancellationToken cancellationToken) =>
        retry.RunAsync($"clearing {typeof(T).Name}", async (attempt, token) =>
        {
            if (attempt > 1)
            {
                await state.ReadStateAsync(token);
            }

            await state.ClearStateAsync(token);
        }, cancellationToken);
}
