using Xunit;

namespace Mentoring.Testing;

/// <summary>
/// Waits for a condition with a timeout instead of sleeping a fixed time or polling by hand. On timeout the test fails
/// with what it waited for, how long, and the last value seen.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Probes until <paramref name="done"/> holds for the value, and returns that value.</summary>
    /// <param name="details">More to say on timeout, e.g. a process's output, read only then.</param>
    public static async Task<T> WaitAsync<T>(
        Func<Task<T>> probe,
        Func<T, bool> done,
        TimeSpan timeout,
        string what,
        TimeSpan? interval = null,
        Func<string>? details = null,
        CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting for {what}; last seen: {Describe(value)}"
                    + (details is null ? "" : Environment.NewLine + details()));
            }

            await Task.Delay(interval ?? DefaultInterval, cancellationToken);
        }
    }

    /// <summary>Probes synchronously until <paramref name="done"/> holds for the value, and returns that value.</summary>
    public static Task<T> WaitAsync<T>(
        Func<T> probe, Func<T, bool> done, TimeSpan timeout, string what, TimeSpan? interval = null, CancellationToken cancellationToken = default) =>
        WaitAsync(() => Task.FromResult(probe()), done, timeout, what, interval, cancellationToken: cancellationToken);

    /// <summary>Waits until the condition is true.</summary>
    public static Task UntilAsync(
        Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? interval = null, CancellationToken cancellationToken = default) =>
        WaitAsync(condition, done => done, timeout, what, interval, cancellationToken: cancellationToken);

    /// <summary>Waits until the condition is true.</summary>
    public static Task UntilAsync(
        Func<bool> condition, TimeSpan timeout, string what, TimeSpan? interval = null, CancellationToken cancellationToken = default) =>
        WaitAsync(() => Task.FromResult(condition()), done => done, timeout, what, interval, cancellationToken: cancellationToken);

    /// <summary>
    /// Runs <paramref name="attempt"/> until it neither throws nor returns null; exceptions it throws in the meantime
    /// count as "not yet", and the last one is reported on timeout.
    /// </summary>
    public static async Task<T> SucceedsAsync<T>(
        Func<Task<T?>> attempt, TimeSpan timeout, string what, TimeSpan? interval = null, CancellationToken cancellationToken = default)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string last;
            try
            {
                if (await attempt() is { } value)
                {
                    return value;
                }

                last = "no result";
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                last = $"{exception.GetType().Name}: {exception.Message}";
            }

            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting for {what}; last attempt: {last}");
            }

            await Task.Delay(interval ?? DefaultInterval, cancellationToken);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
