using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>One shard of a programme's participant index. Keyed by <see cref="GrainKeys.MembershipShard"/>.</summary>
public interface IMembershipShardGrain : IGrainWithStringKey
{
    /// <summary>Adds or re-roles a participant; a no-op when already present with that role.</summary>
    Task AddAsync(string participantId, ParticipantRole role, CancellationToken cancellationToken = default);

    /// <summary>Removes a participant; a no-op when absent.</summary>
    Task RemoveAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/>, optionally of one role only.</summary>
    Task<MembershipPage> ListAsync(string? afterId, int limit, ParticipantRole? role, CancellationToken cancellationToken = default);

    /// <summary>How many participants the shard holds.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
