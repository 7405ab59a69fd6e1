using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions.Rounds;

/// <summary>A programme's rounds: request-id idempotency, one running round at a time, listing. Keyed by <see cref="RoundKeys.Rounds"/>.</summary>
public interface IProgrammeRoundsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts a round, or returns the one this request id already started. <paramref name="policy"/> replaces the
    /// programme's policy for this round only; the caller allows it for dry runs alone.
    /// </summary>
    Task<StartRoundResult> StartAsync(
        string requestId, RoundScope scope, SolverMode? solver, bool dryRun, MatchingPolicy? policy = null, CancellationToken cancellationToken = default);

    /// <summary>Round ids, newest first, after <paramref name="afterRoundId"/>.</summary>
    Task<(ImmutableArray<string> RoundIds, bool HasMore)> ListAsync(string? afterRoundId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Rounds whose matches are published (finished, not dry runs), oldest first.</summary>
    Task<ImmutableArray<string>> PublishedRoundsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the registry from storage once the caller has purged every round it lists (not here: a running round
    /// reports its end to this grain while it is purged).
    /// </summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>Called by a coordinator when its round reaches a final phase.</summary>
    Task RoundFinishedAsync(string roundId, bool published, CancellationToken cancellationToken = default);
}
