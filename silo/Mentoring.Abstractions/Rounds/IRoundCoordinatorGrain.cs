namespace Mentoring.Abstractions.Rounds;

/// <summary>Runs one round: snapshot, fan-out scoring, solve, publish. Keyed by <see cref="RoundKeys.Round"/>.</summary>
public interface IRoundCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Records the spec and starts the work in the background; idempotent.</summary>
    Task<RoundSnapshot> StartAsync(RoundSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Runs a failed round again from the start, with the same spec; a no-op unless it failed.</summary>
    Task<RoundSnapshot?> RetryAsync(CancellationToken cancellationToken = default);

    /// <summary>The round, or null when it was never started.</summary>
    [AlwaysInterleave]
    Task<RoundSnapshot?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops a running round; nothing is published. On a finished round it only waits until the end is announced.</summary>
    [AlwaysInterleave]
    Task<RoundSnapshot?> CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>One stored page of the result (0-based), or null past the end.</summary>
    [AlwaysInterleave]
    Task<RoundMatchPage?> GetPageAsync(int page, CancellationToken cancellationToken = default);

    /// <summary>Cancels the round if it runs, then removes its own row and reminder; its pages are the results grain's to remove.</summary>
    Task DeleteAsync(CancellationToken cancellationToken = default);
}
