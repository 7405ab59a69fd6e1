using Mentoring.Abstractions;

namespace Mentoring.Api.Security;

/// <summary>Whether a programme belongs to a tenant. Another tenant's programme is reported exactly like a missing one.</summary>
public sealed class ProgrammeOwnership(IGrainFactory grains)
{
    /// <summary>The programme when it exists and belongs to <paramref name="tenant"/>; otherwise null.</summary>
    public async Task<ProgrammeSnapshot?> OwnedAsync(string tenant, string programmeId, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken);
        return snapshot is not null && snapshot.Tenant == tenant ? snapshot : null;
    }

    /// <summary>True when the programme exists and another tenant owns it.</summary>
    public async Task<bool> IsForeignAsync(string tenant, string programmeId, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken);
        return snapshot is not null && snapshot.Tenant != tenant;
    }
}
