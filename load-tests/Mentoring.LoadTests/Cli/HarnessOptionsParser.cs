using System.Globalization;
using Mentoring.LoadTests.Processes;

namespace Mentoring.LoadTests.Cli;

/// <summary>Parses `scenario --name value ...`; unknown names and malformed values are errors, never ignored.</summary>
public static class HarnessOptionsParser
{
    public const string Usage =
        """
        Usage: Mentoring.LoadTests <scenario> [options]
          scenarios: import | round | recommend | mixed | soak | console | webhooks | mail | cold-start
          --topology single|cluster|external   what to run against (default single: one node the harness starts)
          --target http://127.0.0.1:PORT        gateway of an external topology (127.0.0.1 only)
          --web http://127.0.0.1:PORT           that gateway's web address (console scenario)
          --postgres "Host=127.0.0.1;..."       PostgreSQL role that may CREATE DATABASE (cluster: required; single: optional, SQLite otherwise)
          --keep-database true                  keep the run's fresh database
          --seed N (42)   --participants N (10000, import)   --mentees N (10000)   --mentors N (2000)
          --rate R (200 recommendations/s)   --update-rate U (20 profile updates/s)   --seconds S (60)
          --baseline-seconds S (20)   --import-batch N (1000)   --import-streams N (2)
          --warmup-seconds S (0, recommend: the same traffic first for S s, reported apart, not in the figures)
          --round-every S (60, soak)   --window S (soak, default a tenth of the run)   --round-timeout S (1800)
          --out DIR (load-tests/results/<time>-<scenario>)   --api-key KEY   --bearer TOKEN
          --gateway-dll PATH   --silo-dll PATH   --watch name=pid,... (external topology)
          webhooks: --event-rate R (100 participant changes/s)   --event-seconds S (30)   --drain-seconds S (180)
                    --tenant T (default: the tenant of a gateway without authentication); the endpoint points at a
                    receiver inside the harness on 127.0.0.1 (an external server needs Mentoring:Webhooks:AllowPrivateAddresses)
          mail:     --mentees N --mentors N (default 50000 x 10000)   --restart-silo-at F (0 < F < 1, cluster only: kill
                    and restart one silo once that fraction of the messages arrived)   --drain-seconds S (180, without a new message)
                    --smtp-port P (external topology: where that server sends, plain SMTP; the harness starts aiosmtpd there)
        Every scenario targets 127.0.0.1 only and stops by itself after its fixed duration or request count.
        """;

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new FormatException("the first argument is the scenario");
        }

        // The mail scenario's default is the round of issue #16; any size can be given.
        var options = args[0] == "mail" ? new HarnessOptions { Scenario = args[0], Mentees = 50_000, Mentors = 10_000 } : new HarnessOptions { Scenario = args[0] };
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new FormatException($"expected '--name value' at '{args[i]}'");
            }

            options = Apply(options, args[i][2..], args[i + 1]);
        }

        Check(options);
        return options;
    }

    private static HarnessOptions Apply(HarnessOptions o, string name, string value) => name switch
    {
        "topology" => o with { Topology = Enum.Parse<TopologyKind>(value, ignoreCase: true) },
        "target" => o with { Target = value, Topology = TopologyKind.External },
        "web" => o with { Web = value },
        "postgres" => o with { Postgres = value },
        "keep-database" => o with { KeepDatabase = bool.Parse(value) },
        "seed" => o with { Seed = Int(value) },
        "participants" => o with { Participants = Int(value) },
        "mentees" => o with { Mentees = Int(value) },
        "mentors" => o with { Mentors = Int(value) },
        "rate" => o with { Rate = Double(value) },
        "update-rate" => o with { UpdateRate = Double(value) },
        "seconds" => o with { Seconds = Int(value) },
        "baseline-seconds" => o with { BaselineSeconds = Int(value) },
        "warmup-seconds" => o with { WarmUpSeconds = Int(value) },
        "import-batch" => o with { ImportBatch = Int(value) },
        "import-streams" => o with { ImportStreams = Int(value) },
        "round-every" => o with { RoundEverySeconds = Int(value) },
        "window" => o with { WindowSeconds = Int(value) },
        "round-timeout" => o with { RoundTimeoutSeconds = Int(value) },
        "out" => o with { OutputDirectory = value },
        "api-key" => o with { ApiKey = value },
        "bearer" => o with { BearerToken = value },
        "gateway-dll" => o with { GatewayAssembly = value },
        "silo-dll" => o with { SiloAssembly = value },
        "event-rate" => o with { EventRate = Double(value) },
        "event-seconds" => o with { EventSeconds = Int(value) },
        "drain-seconds" => o with { DrainSeconds = Int(value) },
        "tenant" => o with { Tenant = value },
        "restart-silo-at" => o with { RestartSiloAt = Double(value) },
        "smtp-port" => o with { SmtpPort = Int(value) },
        "watch" => o with { WatchPids = value.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Int(p[1])) },
        _ => throw new FormatException($"unknown option --{name}"),
    };

    private static void Check(HarnessOptions o)
    {
        if (!HarnessRun.Scenarios.Contains(o.Scenario))
        {
            throw new FormatException($"unknown scenario '{o.Scenario}'");
        }

        if (o.Topology == TopologyKind.External && (o.Target is null || !LoopbackPorts.IsLoopbackTarget(o.Target)))
        {
            throw new FormatException("--target must be http://127.0.0.1:PORT; the harness never loads another machine");
        }

        if (o.Web is not null && !LoopbackPorts.IsLoopbackTarget(o.Web))
        {
            throw new FormatException("--web must be http://127.0.0.1:PORT; the harness never loads another machine");
        }

        if (o.Scenario == "console" && o.Topology == TopologyKind.External && o.Web is null)
        {
            throw new FormatException("the console scenario on an external gateway needs --web, its web address");
        }

        if (o.Topology == TopologyKind.Cluster && string.IsNullOrEmpty(o.Postgres))
        {
            throw new FormatException("--topology cluster needs --postgres");
        }

        if (o.RestartSiloAt is { } fraction && (fraction <= 0 || fraction >= 1 || o.Topology != TopologyKind.Cluster))
        {
            throw new FormatException("--restart-silo-at takes a fraction between 0 and 1, and needs --topology cluster (a single node's silo is its gateway)");
        }

        if (o.Scenario == "mail" && o.Topology == TopologyKind.External && o.SmtpPort is null)
        {
            throw new FormatException("the mail scenario on an external gateway needs --smtp-port, the port that server sends to");
        }

        if (o.EventRate <= 0 || o.EventSeconds <= 0 || o.DrainSeconds <= 0 || o.SmtpPort is <= 0 or > 65535)
        {
            throw new FormatException("event rates and durations must be positive, --smtp-port a port number");
        }

        if (o.Rate <= 0 || o.UpdateRate < 0 || o.Seconds <= 0 || o.BaselineSeconds <= 0 || o.WarmUpSeconds < 0 || o.ImportBatch <= 0 || o.ImportStreams <= 0)
        {
            throw new FormatException("rates, durations and batch sizes must be positive (--warmup-seconds may be 0)");
        }
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
