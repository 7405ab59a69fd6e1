using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Mentoring.Hosting.Operations;

/// <summary>
/// Ready only while this silo is an active member of its cluster and the membership table itself answers; a joining
/// or shutting-down silo is not ready, so load balancers drain it before it goes.
/// </summary>
internal sealed class MembershipHealthCheck(ILocalSiloDetails silo, IClusterMembershipService membership, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        if (status != SiloStatus.Active)
        {
            return HealthCheckResult.Unhealthy($"This silo is {status}");
        }

        if (services.GetService<IMembershipTable>() is not { } table)
        {
            return HealthCheckResult.Healthy("Active");
        }

        try
        {
            var members = await table.ReadAllAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Active; the membership table lists {members.Members.Count} silo(s)");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The membership table is unavailable", exception);
        }
    }
}
