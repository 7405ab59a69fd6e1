namespace Mentoring.Abstractions;

/// <summary>The ids of one tenant's programmes, for listing. One per tenant, keyed by <see cref="GrainKeys.ProgrammeDirectory"/>.</summary>
public interface IProgrammeDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a programme id; a no-op when present.</summary>
    Task AddAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a programme id; a no-op when absent.</summary>
    Task RemoveAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="afterId"/>, ascending.</summary>
    Task<MembershipPage> ListAsync(string? afterId, int limit, CancellationToken cancellationToken = default);
}
