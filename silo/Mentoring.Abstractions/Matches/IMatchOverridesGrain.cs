using System.Collections.Immutable;

namespace Mentoring.Abstractions.Matches;

/// <summary>
/// A programme's manual overrides: an admin assigns a mentee to a mentor, or swaps the mentors of two open matches.
/// Each override is journalled under its request id before its first write, so a retry with that id finishes it.
/// Keyed by <see cref="MatchKeys.Overrides"/>.
/// </summary>
public interface IMatchOverridesGrain : IGrainWithStringKey
{
    /// <summary>Makes an ACTIVE match of the pair, ending or declining the mentee's open matches; refused without writes when a rule or capacity forbids it.</summary>
    Task<OverrideResult> AssignAsync(string requestId, string menteeId, string mentorId, CancellationToken cancellationToken = default);

    /// <summary>Trades the mentors of two open matches, each addressed by its round and mentee.</summary>
    Task<OverrideResult> SwapAsync(string requestId, MatchAddress first, MatchAddress second, CancellationToken cancellationToken = default);

    /// <summary>The rounds overrides made (each holds its matches on page 0), oldest first.</summary>
    Task<ImmutableArray<string>> RoundIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Erasure: the journal names the participant by <paramref name="pseudonym"/> from now on. Idempotent.</summary>
    Task ForgetAsync(string participantId, string pseudonym, CancellationToken cancellationToken = default);

    /// <summary>Removes the overrides' pages and the journal from storage (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
