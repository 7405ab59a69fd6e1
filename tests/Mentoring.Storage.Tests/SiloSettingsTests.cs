using Mentoring.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Mentoring.Storage.Tests;

/// <summary>Settings the product's silo builder hands to Orleans, read back from the built (not started) host.</summary>
public sealed class SiloSettingsTests
{
    [Fact]
    public void The_directory_cache_is_bounded_by_default_far_below_orleans_own_million()
    {
        Assert.Equal(100_000, DirectoryCacheSize(new ClusterSettings()));
        Assert.Equal(1_000_000, new GrainDirectoryOptions().CacheSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2_500)]
    public void The_directory_cache_size_is_the_configured_one(int size) =>
        Assert.Equal(size, DirectoryCacheSize(new ClusterSettings { DirectoryCacheSize = size }));

    [Fact]
    public void A_negative_directory_cache_size_stops_the_silo_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DirectoryCacheSize(new ClusterSettings { DirectoryCacheSize = -1 }));
        Assert.Contains("Mentoring:Cluster:DirectoryCacheSize", error.Message, StringComparison.Ordinal);
    }

    private static int DirectoryCacheSize(ClusterSettings cluster)
    {
        var options = new MentoringOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "mentoring-tests", Guid.NewGuid().ToString("N")),
            Cluster = cluster,
        };
        using var host = new HostBuilder().UseOrleans(silo => silo.AddMentoringSilo(options)).Build();
        return host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value.CacheSize;
    }
}
