namespace Mentoring.Grains.Rounds;

/// <summary>
/// Repeats a read of many grains when the cluster itself refused a call (a silo stopping or lost, a message rejected
/// or timed out), which a rolling restart causes and which passes; any other failure is the round's and surfaces at once.
/// </summary>
internal static class ClusterRetry
{
    private const int Attempts = 5;

    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception exception) when (attempt < Attempts && IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception exception) =>
        exception is OrleansMessageRejectionException or TimeoutException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.All(IsTransient));
}
