using System.Net;
using Mentoring.Storage;
using Orleans.Configuration;

namespace Mentoring.Hosting;

/// <summary>Turns <see cref="MentoringOptions"/> into an Orleans client, for a gateway that does not co-host a silo.</summary>
public static class ClientBuilderExtensions
{
    public static IClientBuilder AddMentoringClient(this IClientBuilder client, MentoringOptions options)
    {
        var cluster = options.Cluster;
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        client.AddActivityPropagation();
        client.UseConnectionRetryFilter(RetryWhileTheClusterStarts);

        if (cluster.Clustering == ClusteringKind.AdoNet)
        {
            var storage = StorageConnection.From(options);
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = storage.Invariant;
                o.ConnectionString = storage.ConnectionString;
            });
        }
        else
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Parse(cluster.AdvertisedAddress), cluster.GatewayPort));
        }

        return client;
    }

    // Silos and gateways start in any order and a busy machine can take minutes: keep trying until shut down.
    // Orleans logs every failed attempt, so a gateway pointed at the wrong cluster is visible, not silently waiting.
    private static async Task<bool> RetryWhileTheClusterStarts(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }
}
