using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Cli;

/// <summary>Everything a run can be told; defaults are the figures docs/PERFORMANCE.md reports.</summary>
public sealed record HarnessOptions
{
    public required string Scenario { get; init; }
    public TopologyKind Topology { get; init; } = TopologyKind.Single;

    /// <summary>The gateway of an external topology, e.g. http://127.0.0.1:5080.</summary>
    public string? Target { get; init; }

    /// <summary>The external gateway's web address (console), for the console scenario.</summary>
    public string? Web { get; init; }

    /// <summary>A PostgreSQL role that may create databases; each run gets a fresh database from it.</summary>
    public string? Postgres { get; init; }

    public bool KeepDatabase { get; init; }
    public int Seed { get; init; } = 42;

    /// <summary>Size of the import scenario's programme.</summary>
    public int Participants { get; init; } = 10_000;

    public int Mentees { get; init; } = 10_000;
    public int Mentors { get; init; } = 2_000;

    /// <summary>Recommendations per second, open loop.</summary>
    public double Rate { get; init; } = 200;

    /// <summary>Profile updates per second, open loop, alongside recommendations.</summary>
    public double UpdateRate { get; init; } = 20;

    public int Seconds { get; init; } = 60;

    /// <summary>
    /// Recommend scenario: the same traffic at the same rates for this long before the measured seconds, reported on
    /// its own row and left out of the figures (0, the default, measures from the first request).
    /// </summary>
    public int WarmUpSeconds { get; init; }

    /// <summary>How long the echo baseline runs at the same rates (at most the scenario's own duration).</summary>
    public int BaselineSeconds { get; init; } = 20;

    public int ImportBatch { get; init; } = 1_000;
    public int ImportStreams { get; init; } = 2;

    /// <summary>Soak: a new round starts this long after the previous one started (or when it ends, if later).</summary>
    public int RoundEverySeconds { get; init; } = 60;

    /// <summary>Soak: length of a reporting window; 0 picks a tenth of the run.</summary>
    public int WindowSeconds { get; init; }

    public int RoundTimeoutSeconds { get; init; } = 1_800;

    /// <summary>Webhooks: participant changes per second, open loop, each one awaited at the harness's receiver.</summary>
    public double EventRate { get; init; } = 100;

    /// <summary>Webhooks: how long changes are made.</summary>
    public int EventSeconds { get; init; } = 30;

    /// <summary>Webhooks, mail: how long to wait after the last change, or without a new message, before counting what is missing as lost.</summary>
    public int DrainSeconds { get; init; } = 180;

    /// <summary>Webhooks: the tenant the endpoint is registered for; "default" is every caller's tenant with authentication off.</summary>
    public string Tenant { get; init; } = "default";

    /// <summary>Mail: the fraction of the expected messages after which one silo is killed and started again (cluster only).</summary>
    public double? RestartSiloAt { get; init; }

    /// <summary>Mail on an external topology: the port the server sends to, where the harness starts its SMTP sink.</summary>
    public int? SmtpPort { get; init; }
    public string? OutputDirectory { get; init; }
    public string? ApiKey { get; init; }
    public string? BearerToken { get; init; }
    public string? GatewayAssembly { get; init; }
    public string? SiloAssembly { get; init; }

    /// <summary>Processes of an external topology to sample, as name → pid.</summary>
    public IReadOnlyDictionary<string, int> WatchPids { get; init; } = new Dictionary<string, int>();
}
