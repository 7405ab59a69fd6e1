using Mentoring.Hosting;
using Mentoring.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Mentoring.Grains.Tests.Support;

/// <summary>An in-process Orleans cluster whose grain storage is the product's, on a real database.</summary>
public sealed class MentoringTestCluster : IAsyncDisposable
{
    private MentoringTestCluster(InProcessTestCluster cluster, StorageConnection storage, string serviceId)
    {
        Cluster = cluster;
        Storage = storage;
        ServiceId = serviceId;
    }

    public InProcessTestCluster Cluster { get; }

    public StorageConnection Storage { get; }

    public string ServiceId { get; }

    public IClusterClient Client => Cluster.Client;

    public StorageTable Table => new(Storage, ServiceId);

    public static async Task<MentoringTestCluster> StartAsync(StorageConnection storage, short silos, string serviceId, Action<ISiloBuilder>? configure = null)
    {
        await SchemaInstaller.ApplyAsync(storage.Engine, storage.ConnectionString, SchemaComponents.Persistence | SchemaComponents.Reminders, CancellationToken.None);

        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMentoringStorage(storage);
            configure?.Invoke(silo);

            // A killed silo is declared dead after a few seconds instead of the production quarter-minute.
            silo.Configure<ClusterMembershipOptions>(membership =>
            {
                membership.ProbeTimeout = TimeSpan.FromSeconds(1);
                membership.NumMissedProbesLimit = 2;
            });
        });

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new MentoringTestCluster(cluster, storage, serviceId);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
