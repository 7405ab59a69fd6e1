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

    /// <summary>Stops a running round; nothing is published. A no-op on a finished round.</summary>
    [AlwaysInterleave]
    Task<RoundSnapshot?> CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>One stored page of the result (0-based), or null past the end.</summary>
    [AlwaysInterleave]
    Task<RoundMatchPage?> GetPageAsync(int page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The page that would hold the mentee's match, or null unless the round is done and published. Pages are in
    /// mentee id order, so this is a search over the first mentee id of each page.
    /// </summary>
    [AlwaysInterleave]
    Task<int?> FindMatchPageAsync(string menteeId, CancellationToken cancellationToken = default);

    /// <summary>How many result pages the round may have stored, published or not (a round that failed while publishing).</summary>
    [AlwaysInterleave]
    Task<int> StoredPageCountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Erasure: the mentee's match on <paramref name="page"/> is now addressed by <paramref name="pseudonym"/>, and the
    /// page index no longer holds the erased id. Idempotent.
    /// </summary>
    Task ForgetMenteeAsync(string menteeId, string pseudonym, int page, CancellationToken cancellationToken = default);

    /// <summary>Cancels the round if it runs, then removes its result pages and its own row from storage.</summary>
    Task PurgeAsync(CancellationToken cancellationToken = default);
}
