using Mentoring.Grains.Lanes;
using Mentoring.Grains.Mail;
using Mentoring.Grains.Retention;
using Mentoring.Grains.Rounds;

namespace Mentoring.Hosting;

/// <summary>Everything an operator can set, bound from the "Mentoring" configuration section (docs/CONFIGURATION.md).</summary>
public sealed class MentoringOptions
{
    public const string Section = "Mentoring";

    /// <summary>Where the embedded default keeps its SQLite database; created on first run.</summary>
    public string DataDirectory { get; set; } = "data";

    public StorageSettings Storage { get; set; } = new();

    public ClusterSettings Cluster { get; set; } = new();

    /// <summary>The gateway co-hosts a silo (the default) or joins the cluster as a client.</summary>
    public GatewayMode GatewayMode { get; set; } = GatewayMode.CoHosted;

    public TelemetrySettings Telemetry { get; set; } = new();

    /// <summary>Health endpoints, the metrics scrape endpoint and the dashboard.</summary>
    public OperationsSettings Operations { get; set; } = new();

    public WebSettings Web { get; set; } = new();

    /// <summary>How rounds cut and spread their scoring work.</summary>
    public RoundOptions Rounds { get; set; } = new();

    /// <summary>The generated round a silo runs at start, so its first real round finds the engine compiled.</summary>
    public WarmUpOptions WarmUp { get; set; } = new();

    /// <summary>The threads that run a silo's CPU-heavy round work, apart from interactive calls.</summary>
    public BackgroundLaneOptions BackgroundLane { get; set; } = new();

    /// <summary>How fresh on-demand recommendations are.</summary>
    public RecommendationOptions Recommendations { get; set; } = new();

    /// <summary>When ended programmes are purged.</summary>
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>How webhooks are delivered: retries, timeouts, and whether private addresses may be reached.</summary>
    public Mentoring.Grains.Webhooks.WebhookOptions Webhooks { get; set; } = new();
    /// <summary>How participants' messages are sent: SMTP when a host is set, else the dev mailbox.</summary>
    public MailOptions Mail { get; set; } = new();

    /// <summary>Participants' personal links: signing key, lifetime, base address.</summary>
    public LinkOptions Links { get; set; } = new();

    /// <summary>Reminders to participants who have not answered a proposal, its lapse, and the mentor digest.</summary>
    public NotificationOptions Notifications { get; set; } = new();
    /// <summary>Check-in surveys: when they go out, which scores are flagged.</summary>
    public Mentoring.Grains.Feedback.FeedbackOptions Feedback { get; set; } = new();
}

/// <summary>Grain storage settings.</summary>
public sealed class StorageSettings
{
    /// <summary>Sqlite for the embedded single node, PostgreSql for clusters.</summary>
    public StorageEngineKind Engine { get; set; } = StorageEngineKind.Sqlite;

    /// <summary>Required for PostgreSql. For Sqlite it defaults to a file under <see cref="MentoringOptions.DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How writes to the participants table are combined (group commit).</summary>
    public Mentoring.Storage.Participants.ParticipantWriteOptions Participants { get; set; } = new();

    /// <summary>How long rounds retry transient storage faults.</summary>
    public Mentoring.Storage.Faults.StorageRetryOptions Retry { get; set; } = new();
}

/// <summary>Cluster membership settings.</summary>
public sealed class ClusterSettings
{
    /// <summary>Localhost for one node; AdoNet for a cluster whose membership table lives in PostgreSQL.</summary>
    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    public string ClusterId { get; set; } = "mentoring";

    public string ServiceId { get; set; } = "mentoring";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients use to reach this one.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Grain locations each silo remembers (least recently used go first). Orleans' own default is a million, which lets a
    /// silo's memory grow with every participant a large import touched; locations not remembered are looked up again.
    /// </summary>
    public int DirectoryCacheSize { get; set; } = 100_000;
}

/// <summary>
/// Telemetry exporters. Metrics and logs are always collected in-process; spans only while something exports them
/// (<see cref="RecordsTraces"/>): with no exporter, recording a span per grain call and statement would only cost.
/// </summary>
public sealed class TelemetrySettings
{
    /// <summary>Export traces, metrics and logs over OTLP, configured by the standard OTEL_EXPORTER_OTLP_* variables.</summary>
    public bool Otlp { get; set; }

    /// <summary>Serve metrics in the Prometheus text format at /metrics on the operations endpoint.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Write every finished span to standard output, for looking at traces without a collector.</summary>
    public bool Console { get; set; }

    /// <summary>Record spans with neither OTLP nor the console exporter on, for an exporter added in code (as tests do).</summary>
    public bool Traces { get; set; }

    /// <summary>Whether spans are recorded at all: only when an exporter takes them.</summary>
    public bool RecordsTraces => Otlp || Console || Traces;
}

/// <summary>Where liveness, readiness, /metrics and the dashboard are served.</summary>
public sealed class OperationsSettings
{
    /// <summary>
    /// HTTP/1.1 addresses (';'-separated) for the operations endpoints. Empty: they share the host's own
    /// <c>Urls</c> (HTTP/2 only on the gateway).
    /// </summary>
    public string Urls { get; set; } = "";

    /// <summary>Serve the Orleans dashboard; every silo of the cluster must have it on.</summary>
    public bool Dashboard { get; set; }

    public string DashboardPath { get; set; } = "/dashboard";

    /// <summary>
    /// When set, the process writes the addresses it listens on (port 0 resolved) and its Orleans ports to this file,
    /// as JSON, once it has started (see <see cref="AddressesReport"/>).
    /// </summary>
    public string? AddressesFile { get; set; }
}

/// <summary>Where a gateway serves browsers and HTTP/JSON clients: REST, the OpenAPI document and the round report.</summary>
public sealed class WebSettings
{
    /// <summary>
    /// Addresses (';'-separated) speaking HTTP/1.1, and HTTP/2 too where TLS negotiates it. Empty: no web address. Only a
    /// gateway binds them; a standalone silo ignores them.
    /// </summary>
    public string Urls { get; set; } = "";
}

public enum StorageEngineKind
{
    Sqlite,
    PostgreSql,
}

public enum ClusteringKind
{
    Localhost,
    AdoNet,
}

public enum GatewayMode
{
    CoHosted,
    Client,
}
