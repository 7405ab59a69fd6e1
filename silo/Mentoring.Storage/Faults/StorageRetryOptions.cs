namespace Mentoring.Storage.Faults;

/// <summary>How long transient storage faults are retried (<c>Mentoring:Storage:Retry</c>).</summary>
public sealed class StorageRetryOptions
{
    /// <summary>The wait before the second attempt; each later wait doubles, up to <see cref="MaxDelay"/>, with jitter.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest one operation keeps retrying; zero turns retries off.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(45);

    public void Validate()
    {
        if (InitialDelay <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Mentoring:Storage:Retry:InitialDelay must be positive, not {InitialDelay}.");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new InvalidOperationException($"Mentoring:Storage:Retry:MaxDelay must be at least InitialDelay, not {MaxDelay}.");
        }

        if (Budget < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Mentoring:Storage:Retry:Budget must not be negative, not {Budget}.");
        }
    }
}
