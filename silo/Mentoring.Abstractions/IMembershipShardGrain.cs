using System.Collections.Immutable;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>
/// One shard of a programme's participant index: who belongs to it, with their current profile, so that a round
/// reads 64 shards instead of activating every participant grain, and recommendations score each shard's mentors
/// where they live. Keyed by <see cref="GrainKeys.MembershipShard"/>.
/// </summary>
public interface IMembershipShardGrain : IGrainWithStringKey
{
    /// <summary>Adds or refreshes a participant's profile; a no-op when the same profile is already held.</summary>
    Task UpsertAsync(Participant participant, CancellationToken cancellationToken = default);

    /// <summary>Removes a participant; a no-op when absent.</summary>
    Task RemoveAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/>, optionally of one role only.</summary>
    Task<MembershipPage> ListAsync(string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken = default);

    /// <summary>Every profile the shard holds, in id order.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<Participant>> GetProfilesAsync(CancellationToken cancellationToken = default);

    /// <summary>How many participants the shard holds.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a member's active matches as mentor and as peer, which decide whether it is full; idempotent.</summary>
    Task SetMatchLoadAsync(string participantId, MatchLoad load, CancellationToken cancellationToken = default);

    /// <summary>
    /// The shard's best <paramref name="topN"/> feasible mentors for <paramref name="mentee"/>, scored against the shard's
    /// cached encoding of its mentors, which is rebuilt after any of them changes or the programme's etag moves on.
    /// </summary>
    [AlwaysInterleave]
    Task<ScoredMentors> ScoreMentorsAsync(string programmeEtag, MenteeProfile mentee, int topN, CancellationToken cancellationToken = default);

    /// <summary>Breakdowns and reasons for mentors <see cref="ScoreMentorsAsync"/> chose, keeping the scores it gave.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<RoundMatch>> ExplainMentorsAsync(string programmeEtag, MenteeProfile mentee, ScoredMentors chosen, CancellationToken cancellationToken = default);
}
