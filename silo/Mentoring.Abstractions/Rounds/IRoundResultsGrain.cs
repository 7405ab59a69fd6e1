namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// A round's stored result as the rest of the system uses it: where a mentee's match is, erasure's changes to its page
/// index, and removing the round. Keyed by <see cref="RoundKeys.Round"/>, like the round's coordinator.
/// </summary>
public interface IRoundResultsGrain : IGrainWithStringKey
{
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

    /// <summary>Cancels the round if it runs, then removes its result pages and the round itself from storage.</summary>
    Task PurgeAsync(CancellationToken cancellationToken = default);
}
