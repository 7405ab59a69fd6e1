using Orleans.Runtime;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Where grains are active, as the cluster's management grain reports it.</summary>
public static class Placement
{
    public static async Task<Dictionary<SiloAddress, List<GrainId>>> ActivationsBySiloAsync(this IGrainFactory grains, IEnumerable<IAddressable> of)
    {
        var wanted = of.Select(g => g.GetGrainId()).ToHashSet();
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics
            .Where(s => wanted.Contains(s.GrainId))
            .GroupBy(s => s.SiloAddress)
            .ToDictionary(g => g.Key, g => g.Select(s => s.GrainId).ToList());
    }
}
