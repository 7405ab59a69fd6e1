using System.Net;
using Mentoring.Grains;
using Mentoring.Grains.Events;
using Mentoring.Grains.Lanes;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Rounds;
using Mentoring.Grains.Telemetry;
using Mentoring.Hosting.Events;
using Mentoring.Grains.Webhooks;
using Mentoring.Domain.Webhooks;
using Mentoring.Hosting.Participants;
using Mentoring.Storage;
using Mentoring.Storage.Events;
using Mentoring.Storage.Faults;
using Mentoring.Storage.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Mentoring.Hosting;

/// <summary>The one place that turns <see cref="MentoringOptions"/> into an Orleans silo.</summary>
public static class SiloBuilderExtensions
{
    // The Orleans ADO.NET provider, under the retrying one every grain names (StorageNames.Provider); rows do not carry provider names.
    private const string AdoNetProvider = "mentoring-adonet";

    /// <summary>Storage, clustering, endpoints and telemetry: everything a production or embedded silo needs.</summary>
    public static ISiloBuilder AddMentoringSilo(this ISiloBuilder silo, MentoringOptions options)
    {
        var cluster = options.Cluster;
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });

        var storage = StorageConnection.From(options);
        var components = SchemaComponents.Persistence | SchemaComponents.Reminders;
        if (cluster.Clustering == ClusteringKind.AdoNet)
        {
            if (storage.Engine != StorageEngine.PostgreSql)
            {
                throw new InvalidOperationException("Mentoring:Cluster:Clustering=AdoNet needs Mentoring:Storage:Engine=PostgreSql.");
            }

            components |= SchemaComponents.Clustering;
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = storage.Invariant;
                o.ConnectionString = storage.ConnectionString;
            });
            silo.ConfigureEndpoints(AdvertisedAddress(cluster), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
        }
        else
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }

        if (cluster.DirectoryCacheSize < 0)
        {
            throw new InvalidOperationException("Mentoring:Cluster:DirectoryCacheSize must be 0 (no cache) or more.");
        }

        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = cluster.DirectoryCacheSize);
        options.Rounds.Validate();
        options.Retention.Validate();
        options.BackgroundLane.Validate();
        options.WarmUp.Validate();
        silo.Services.AddSingleton(Options.Create(options.Rounds));
        silo.Services.AddSingleton(Options.Create(options.WarmUp));
        silo.Services.AddSingleton<RoundWarmUp>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<RoundWarmUp>());
        silo.Services.AddSingleton(Options.Create(options.BackgroundLane));
        silo.Services.AddSingleton(Options.Create(options.Recommendations));
        silo.Services.AddSingleton(Options.Create(options.Retention));
        options.Feedback.Validate();
        silo.Services.AddSingleton(Options.Create(options.Feedback));
        options.Webhooks.Validate();
        silo.Services.AddSingleton(Options.Create(options.Webhooks));
        options.Mail.Validate();
        silo.Services.AddSingleton(options.Mail);
        options.Links.Validate();
        silo.Services.AddSingleton(options.Links.WithBaseUrl(options.Web.Urls));
        options.Notifications.Validate();
        silo.Services.AddSingleton(options.Notifications);
        if (options.Mail.UsesSmtp)
        {
            silo.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new SchemaInstallation(storage, components, sp.GetRequiredService<ILogger<SchemaInstallation>>()));
        if (options.Operations.Dashboard)
        {
            silo.AddDashboard();
        }

        options.Storage.Participants.Validate();
        options.Storage.Retry.Validate();
        return silo.AddMentoringStorage(storage, options.Storage.Participants, options.Storage.Retry);
    }

    // Participant grains keep their state in the participants table, the index every reader uses.
    private static void AddParticipantStorage(IServiceCollection services, StorageConnection storage, ParticipantWriteOptions options)
    {
        services.AddSingleton<IParticipantTable>(sp =>
            ParticipantTables.For(storage.Engine, storage.ConnectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        services.AddSingleton(sp => new ParticipantWriteBatcher(
            sp.GetRequiredService<IParticipantTable>(), options.MaxBatchSize, options.Writers));
        services.AddSingleton<ParticipantStateCodec>();
        services.AddSingleton<IParticipantStore, ParticipantStore>();
        services.AddGrainStorage(StorageNames.ParticipantProvider, (sp, _) => ActivatorUtilities.CreateInstance<ParticipantGrainStorage>(sp));
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => ActivatorUtilities.CreateInstance<ParticipantMigration>(sp, storage));
        services.AddSingleton<IProgrammeEventTable>(sp =>
            ProgrammeEventTables.For(storage.Engine, storage.ConnectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        services.AddSingleton<IProgrammeEventStore, ProgrammeEventStore>();
    }

    // Webhook requests go through a handler whose every connection is checked (SSRF, DNS rebinding) and that never follows redirects.
    private static void AddWebhookDelivery(IServiceCollection services)
    {
        services.TryAddSingleton(Options.Create(new WebhookOptions()));
        services.TryAddSingleton(sp => new WebhookUrlRules(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateAddresses));
        services.TryAddSingleton<WebhookConnections>();
        services.TryAddSingleton<WebhookMetrics>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<IProgrammeEventSource, ProgrammeEventLogSource>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<WebhookConnections>().ConnectAsync,
                AllowAutoRedirect = false,
                UseCookies = false,
            });
    }

    // Empty means "this host's own address", which is what containers with replicas need.
    private static IPAddress AdvertisedAddress(ClusterSettings cluster) =>
        !string.IsNullOrWhiteSpace(cluster.AdvertisedAddress)
            ? IPAddress.Parse(cluster.AdvertisedAddress)
            : Dns.GetHostAddresses(Dns.GetHostName())
                .First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    /// <summary>
    /// The grain storage provider and the services every grain takes (clock, metrics, the background lane, round slots), for hosts whose clustering is
    /// set elsewhere (the test cluster).
    /// </summary>
    public static ISiloBuilder AddMentoringStorage(
        this ISiloBuilder silo, StorageConnection storage, ParticipantWriteOptions? participants = null, StorageRetryOptions? retry = null)
    {
        if (storage.Engine == StorageEngine.Sqlite)
        {
            StorageInvariants.RegisterSqlite();
            SqliteErasure.EnableSecureDelete();
        }

        silo.Services.AddSingleton<IStorageCheckpoint>(sp => ActivatorUtilities.CreateInstance<StorageCheckpoint>(sp, storage));
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddKeyedSingleton(RecommendationOptions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        silo.Services.AddKeyedSingleton(NotificationOptions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        silo.Services.AddKeyedSingleton(Mentoring.Grains.Feedback.FeedbackOptions.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<RoundMetrics>();
        silo.Services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<StorageRetry>(sp, retry ?? new StorageRetryOptions()));
        silo.Services.TryAddSingleton<RecommendationMetrics>();
        silo.Services.TryAddSingleton<BackgroundLane>();
        silo.Services.TryAddSingleton<RoundSiloSlots>();
        AddWebhookDelivery(silo.Services);
        silo.Services.TryAddSingleton<IMailSender, DevMailboxSender>();
        silo.Services.TryAddSingleton(new LinkOptions().WithBaseUrl(""));
        silo.Services.TryAddSingleton<LinkSigningKeys>();
        silo.Services.TryAddSingleton(new NotificationOptions());
        silo.AddActivityPropagation();
        silo.AddAdoNetGrainStorage(AdoNetProvider, (OptionsBuilder<AdoNetGrainStorageOptions> builder) =>
            builder.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = storage.Invariant;
                o.ConnectionString = storage.ConnectionString;
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);

                // Erasure removes the row rather than leaving a tombstone (docs/STORAGE.md).
                o.DeleteStateOnClear = true;
            }));
        silo.Services.AddGrainStorage(StorageNames.Provider, (sp, _) =>
            new RetriedReadsGrainStorage(sp.GetRequiredKeyedService<IGrainStorage>(AdoNetProvider), sp.GetRequiredService<StorageRetry>()));
        silo.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedExceptionTypeFilter = type => type == typeof(StorageUnavailableException));
        AddParticipantStorage(silo.Services, storage, participants ?? new ParticipantWriteOptions());
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = storage.Invariant;
            o.ConnectionString = storage.ConnectionString;
        });
        return silo;
    }
}
