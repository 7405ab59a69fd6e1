using Microsoft.Extensions.Logging;

namespace Mentoring.Storage.Faults;

/// <summary>
/// Repeats a storage operation on transient faults (<see cref="TransientStorageFaults"/>) with jittered exponential
/// backoff, for at most the configured budget; then it throws <see cref="StorageUnavailableException"/>. The operation
/// is told its attempt number, so that it can re-read what an unknown-outcome attempt may have changed.
/// </summary>
public sealed class StorageRetry(StorageRetryOptions options, TimeProvider clock, ILogger<StorageRetry> logger)
{
    public async Task<T> RunAsync<T>(
        string operation, Func<int, CancellationToken, Task<T>> action, CancellationToken cancellationToken, Func<Exception, bool>? alsoTransient = null)
    {
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(attempt, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && (TransientStorageFaults.IsTransient(exception) || alsoTransient?.Invoke(exception) == true))
            {
                var delay = Backoff(attempt);
                var elapsed = clock.GetElapsedTime(started);
                if (elapsed + delay > options.Budget)
                {
                    var reason = $"Storage stayed unavailable for {operation}: {attempt} attempts over {elapsed.TotalSeconds:F1} s " +
                        $"(retry budget {options.Budget.TotalSeconds:F0} s); last fault: {Innermost(exception).Message}";
                    logger.LogError(exception, "{Reason}", reason);
                    throw new StorageUnavailableException(reason);
                }

                logger.LogWarning("Transient storage fault in {Operation} (attempt {Attempt}), retrying in {DelayMs:F0} ms: {Fault}",
                    operation, attempt, delay.TotalMilliseconds, exception.Message);
                TransientStorageFaults.ForgetPooledConnections(exception);
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
    }

    public Task RunAsync(
        string operation, Func<int, CancellationToken, Task> action, CancellationToken cancellationToken, Func<Exception, bool>? alsoTransient = null) =>
        RunAsync(operation, async (attempt, token) =>
        {
            await action(attempt, token);
            return true;
        }, cancellationToken, alsoTransient);

    // Orleans wraps storage faults ("Error from storage provider ..."): the database's own words say more.
    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    // Half to all of the capped exponential step, so silos that failed together do not retry together.
    private TimeSpan Backoff(int attempt)
    {
        var step = options.InitialDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = step > options.MaxDelay ? options.MaxDelay : step;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
