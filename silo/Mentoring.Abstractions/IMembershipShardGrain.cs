using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>
/// One shard of a programme's participant index: who belongs to it, with their current profile, so that a round
/// reads 64 shards instead of activating every participant grain. Keyed by <see cref="GrainKeys.MembershipShard"/>.
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

    /// <summary>Ids of the profiles that name <paramref name="participantId"/> in a reporting line, ranked choices, blocked list or prior engagements.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<string>> ReferencingAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>Removes the shard's rows from storage (the programme is being purged).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>How many participants the shard holds.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
