namespace Mentoring.Architecture.Tests;

/// <summary>
/// Mentoring.Hosting is the one place that builds silos and clients and chooses their storage, clustering and
/// reminders; no other product assembly uses the types or builder extensions that do it.
/// </summary>
public sealed class HostingConfigurationTests
{
    private static readonly string[] Configuration =
    [
        // The builders every such setting goes through.
        "Orleans.Hosting.ISiloBuilder",
        "Orleans.Hosting.IClientBuilder",

        // The ADO.NET providers: their own namespaces, builder extensions and options.
        "Orleans.Persistence.AdoNet",
        "Orleans.Clustering.AdoNet",
        "Orleans.Reminders.AdoNet",
        "Orleans.Hosting.AdoNetGrainStorageSiloBuilderExtensions",
        "Orleans.Hosting.AdoNetGrainStorageServiceCollectionExtensions",
        "Orleans.Hosting.AdoNetHostingExtensions",
        "Orleans.Configuration.AdoNetGrainStorageOptions",
        "Orleans.Configuration.AdoNetClusteringSiloOptions",
        "Orleans.Configuration.AdoNetClusteringClientOptions",
        "Orleans.Configuration.AdoNetReminderTableOptions",

        // Grain storage registered on a service collection, in-memory storage and reminders, localhost and static clustering.
        "Orleans.Runtime.Hosting.StorageProviderExtensions",
        "Orleans.Hosting.MemoryGrainStorageSiloBuilderExtensions",
        "Orleans.Hosting.SiloBuilderReminderExtensions",
        "Orleans.Hosting.SiloBuilderReminderMemoryExtensions",
        "Orleans.Hosting.CoreHostingExtensions",
        "Orleans.Hosting.ClientBuilderExtensions",
    ];

    public static TheoryData<string> OtherAssemblies()
    {
        var others = new TheoryData<string>();
        foreach (var assembly in ProductAssemblies.All.Where(a => a != ProductAssemblies.Hosting))
        {
            others.Add(assembly);
        }

        return others;
    }

    [Theory]
    [MemberData(nameof(OtherAssemblies))]
    public void Only_Mentoring_Hosting_configures_storage_clustering_and_reminders(string assembly) =>
        DependencyRule.NoTypeIn(ProductAssemblies.Load(assembly), Configuration);
}
