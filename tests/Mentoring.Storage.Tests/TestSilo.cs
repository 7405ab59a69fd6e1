using Mentoring.Grains;
using Mentoring.Hosting;
using Mentoring.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Mentoring.Storage.Tests;

/// <summary>
/// Starts real in-process Orleans silos built by the product's own <see cref="SiloBuilderExtensions.AddMentoringSilo"/>:
/// its clustering, grain storage (with the Orleans serializer), participants table and reminders.
/// </summary>
public static class TestSilo
{
    public const string StorageName = StorageNames.Provider;

    public sealed record Options(
        StorageEngine Engine,
        string ConnectionString,
        string ClusterId,
        bool DeleteStateOnClear = true,
        bool AdoNetClustering = false);

    public static async Task<IHost> StartAsync(Options options)
    {
        var mentoring = new MentoringOptions
        {
            Storage = new StorageSettings
            {
                Engine = options.Engine == StorageEngine.PostgreSql ? StorageEngineKind.PostgreSql : StorageEngineKind.Sqlite,
                ConnectionString = options.ConnectionString,
            },
            Cluster = new ClusterSettings
            {
                Clustering = options.AdoNetClustering ? ClusteringKind.AdoNet : ClusteringKind.Localhost,
                ClusterId = options.ClusterId,
                ServiceId = "mentoring-storage-tests",
                SiloPort = ReservedPorts.Next(),
                GatewayPort = ReservedPorts.Next(),
            },
        };

        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo =>
            {
                silo.AddMentoringSilo(mentoring);

                // The product always deletes on clear; the tests also show the scripts delete the row when it does not.
                silo.Services.Configure<AdoNetGrainStorageOptions>(StorageName, storage => storage.DeleteStateOnClear = options.DeleteStateOnClear);
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
}
