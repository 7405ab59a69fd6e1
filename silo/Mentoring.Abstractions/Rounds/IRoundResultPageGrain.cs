using System.Collections.Immutable;
using Mentoring.Abstractions.Matches;

namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// One page of a round's stored result, and the lifecycle of the (at most a page size of) matches it holds, so a
/// published round needs no grain per match. Keyed by <see cref="RoundKeys.ResultPage"/>.
/// </summary>
public interface IRoundResultPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page; writing the same page again is harmless.</summary>
    Task SetAsync(RoundMatchPage page, CancellationToken cancellationToken = default);

    /// <summary>The stored page, or null.</summary>
    Task<RoundMatchPage?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Every match of the page with its current state, for later rounds.</summary>
    Task<ImmutableArray<MatchPair>> GetPairsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every match of the page with its lifecycle, in mentee order.</summary>
    Task<ImmutableArray<MatchSnapshot>> ListMatchesAsync(CancellationToken cancellationToken = default);

    /// <summary>The mentee's match on this page, or null.</summary>
    Task<MatchSnapshot?> GetMatchAsync(string menteeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The participant (mentee or mentor of the match) accepts. The second side's accept reserves a slot of the mentor:
    /// the match becomes ACTIVE, or DECLINED with reason "mentor full" when no slot is free.
    /// </summary>
    Task<MatchChange> AcceptAsync(string menteeId, string participantId, CancellationToken cancellationToken = default);

    /// <summary>The participant declines a match that is not active yet.</summary>
    Task<MatchChange> DeclineAsync(string menteeId, string participantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A proposal nobody answered in time lapses: a proposed or half-accepted match is DECLINED with
    /// <paramref name="reason"/> exactly as a participant's decline is (event, exclusion, slots released). Idempotent.
    /// </summary>
    Task<MatchChange> LapseAsync(string menteeId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The page's matches still waiting for an answer, with the page's publish time.</summary>
    Task<PendingProposals> ListPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Ends an active match, releasing the mentor's slot; rating (1..5) and comment are already validated.</summary>
    Task<MatchChange> EndAsync(string menteeId, int? rating, string? comment, CancellationToken cancellationToken = default);

    /// <summary>
    /// A manual override makes the mentee's match ACTIVE at once: both slots are reserved (DECLINED with the side that
    /// was full otherwise) and the pair excluded from later rounds. Idempotent.
    /// </summary>
    Task<MatchChange> ActivateAsync(string menteeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A manual override replaces the mentee's match: an active one ENDS, a proposed or half-accepted one is DECLINED,
    /// with <paramref name="reason"/>, and its slots are released. A final match stays as it is (its slots are released again).
    /// </summary>
    Task<MatchChange> SupersedeAsync(string menteeId, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erasure: replaces the participant's id on this page with <paramref name="pseudonym"/> and drops the free-text
    /// comment of their matches; scores, states and ratings stay for the programme's statistics. Idempotent.
    /// </summary>
    Task<PseudonymisedPage> PseudonymiseAsync(string participantId, string pseudonym, CancellationToken cancellationToken = default);

    /// <summary>The first mentee of the page's matches whose id is not a pseudonym, or null when there is none.</summary>
    Task<string?> FirstLiveMenteeAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the page and its matches' lifecycle from storage (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
