using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Mentoring.Storage.Tests;

/// <summary>Starts real in-process Orleans silos wired to the ADO.NET providers the way the product host should.</summary>
public static class TestSilo
{
    public const string StorageName = "mentoring-test-store";

    public sealed record Options(
        StorageEngine Engine,
        string ConnectionString,
        string ClusterId,
        bool DeleteStateOnClear = true,
        bool AdoNetClustering = false,
        bool Reminders = false);

    public static async Task<IHost> StartAsync(Options options)
    {
        var invariant = options.Engine == StorageEngine.PostgreSql ? StorageInvariants.PostgreSql : StorageInvariants.Sqlite;
        var siloPort = FreePort();
        var gatewayPort = FreePort();

        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = "mentoring-storage-tests";
                });

                if (options.AdoNetClustering)
                {
                    silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
                    silo.UseAdoNetClustering(clustering =>
                    {
                        clustering.Invariant = invariant;
                        clustering.ConnectionString = options.ConnectionString;
                    });
                }
                else
                {
                    silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "mentoring-storage-tests", clusterId: options.ClusterId);
                }

                silo.AddAdoNetGrainStorage(StorageName, storage =>
                {
                    storage.Invariant = invariant;
                    storage.ConnectionString = options.ConnectionString;
                    storage.DeleteStateOnClear = options.DeleteStateOnClear;
                });

                if (options.Reminders)
                {
                    silo.UseAdoNetReminderService(reminders =>
                    {
                        reminders.Invariant = invariant;
                        reminders.ConnectionString = options.ConnectionString;
                    });
                }
            })
            .Build();

        await host.StartAsync();
        return host;
    }

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }

    public static IGrainFactory Grains(IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
