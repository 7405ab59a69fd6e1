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
}
