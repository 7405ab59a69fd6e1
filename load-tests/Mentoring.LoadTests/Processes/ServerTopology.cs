using System.Globalization;
using Mentoring.LoadTests.Cli;

namespace Mentoring.LoadTests.Processes;

/// <summary>
/// The server side of a run: a single node or a two-silo cluster the harness starts as plain processes on 127.0.0.1
/// (the scripts/run-cluster.sh topology, on ports the processes bind themselves, and a fresh database), or an external gateway.
/// </summary>
public sealed class ServerTopology : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly List<ChildProcess> _processes = [];
    private readonly Dictionary<string, (string Assembly, Dictionary<string, string> Settings, string LogDirectory)> _starts = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _serverSettings = new Dictionary<string, string>();
    private string _clusterId = "";
    private ScratchDatabase? _database;

    // The harness measures capacity, so the gateways it starts admit every call: no API keys, no per-tenant rate limits
    // (an import of 60 batches would exceed the import bucket). Against a secured gateway, use --target with --api-key.
    private static readonly KeyValuePair<string, string>[] UnguardedGateway =
    [
        new("Mentoring:Auth:Enabled", "false"),
        new("Mentoring:RateLimits:Enabled", "false"),
    ];

    private ServerTopology(TopologyKind kind) => Kind = kind;

    public TopologyKind Kind { get; }
    public string Target { get; private set; } = "";

    /// <summary>The gateway's web address (console, REST, report), when the harness started the gateway.</summary>
    public string? WebAddress { get; private set; }
    public string Description { get; private set; } = "";
    public IReadOnlyList<ChildProcess> Processes => _processes;

    /// <param name="serverSettings">Settings a scenario needs on every process the harness starts (gateway and silos), e.g. SMTP.</param>
    public static async Task<ServerTopology> StartAsync(HarnessOptions options, MemoryProbe memory, string logDirectory, CancellationToken ct,
        IReadOnlyDictionary<string, string>? serverSettings = null)
    {
        var topology = new ServerTopology(options.Topology) { _serverSettings = serverSettings ?? new Dictionary<string, string>() };
        try
        {
            switch (options.Topology)
            {
                case TopologyKind.External:
                    topology.Target = options.Target!;
                    topology.WebAddress = options.Web?.TrimEnd('/');
                    topology.Description = $"external gateway at {options.Target}";
                    foreach (var (name, pid) in options.WatchPids)
                    {
                        memory.Track(name, pid);
                    }

                    break;
                case TopologyKind.Single:
                    await topology.StartSingleAsync(options, logDirectory, ct);
                    break;
                case TopologyKind.Cluster:
                    await topology.StartClusterAsync(options, logDirectory, ct);
                    break;
            }
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }

        foreach (var process in topology._processes)
        {
            memory.Track(process.Name, process.Id);
        }

        return topology;
    }

    /// <summary>
    /// Kills a silo of the cluster (SIGKILL, a crash) and starts it again with the same settings and ports, as
    /// "{name}-restarted"; returns once the new silo is active in the membership table.
    /// </summary>
    public async Task<ChildProcess> RestartSiloAsync(string name, MemoryProbe memory, CancellationToken ct)
    {
        if (Kind != TopologyKind.Cluster || _database is null || !name.StartsWith("silo-", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("only a silo of a cluster the harness started can be restarted");
        }

        var silo = _processes.Single(p => p.Name == name);
        var (assembly, settings, logDirectory) = _starts[name];
        var killedAt = DateTime.UtcNow;
        await silo.KillAsync();
        _processes.Remove(silo);
        await silo.DisposeAsync();
        var restarted = Start($"{name}-restarted", assembly, new Dictionary<string, string>(settings), logDirectory);
        await _database.WaitForActiveSilosAsync(_clusterId, 1, killedAt, _processes, StartTimeout, ct);
        memory.Track(restarted.Name, restarted.Id);
        return restarted;
    }

    public async ValueTask DisposeAsync()
    {
        // Gateway first, then the silos, as an operator would.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task StartSingleAsync(HarnessOptions options, string logDirectory, CancellationToken ct)
    {
        var settings = new Dictionary<string, string>(UnguardedGateway)
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Mentoring:Cluster:Clustering"] = "Localhost",
            ["Mentoring:Cluster:SiloPort"] = Port(),
            ["Mentoring:Cluster:GatewayPort"] = Port(),
        };
        if (options.Postgres is { Length: > 0 } postgres)
        {
            _database = await ScratchDatabase.CreateAsync(postgres, options.KeepDatabase, ct);
            settings["Mentoring:Storage:Engine"] = "PostgreSql";
            settings["Mentoring:Storage:ConnectionString"] = _database.ConnectionString;
            Description = $"one node (gateway co-hosting a silo), PostgreSQL database {_database.Name}, authentication and rate limits off";
        }
        else
        {
            var data = Path.Combine(logDirectory, "data");
            settings["Mentoring:Storage:Engine"] = "Sqlite";
            settings["Mentoring:DataDirectory"] = data;
            Description = $"one node (gateway co-hosting a silo), SQLite in {data}, authentication and rate limits off";
        }

        var gateway = Start("gateway", Assembly(options.GatewayAssembly, "api/Mentoring.Api"), settings, logDirectory);
        Target = await GrpcAddressAsync(gateway, logDirectory, ct);
        WebAddress = await WebAddressAsync(gateway, logDirectory, ct);
        await ServingProbe.WaitAsync(Target, gateway, StartTimeout, ct);
    }

    private async Task StartClusterAsync(HarnessOptions options, string logDirectory, CancellationToken ct)
    {
        _database = await ScratchDatabase.CreateAsync(options.Postgres!, options.KeepDatabase, ct);
        var clusterId = _database.Name;
        _clusterId = clusterId;
        Dictionary<string, string> Member() => new()
        {
            ["Mentoring:Storage:Engine"] = "PostgreSql",
            ["Mentoring:Storage:ConnectionString"] = _database.ConnectionString,
            ["Mentoring:Cluster:Clustering"] = "AdoNet",
            ["Mentoring:Cluster:ClusterId"] = clusterId,
        };

        var silo = Assembly(options.SiloAssembly, "silo/Mentoring.Silo");
        // The first silo applies the schema; the second starts once the first is up, so they never race on DDL.
        Start("silo-1", silo, new(Member()) { ["Mentoring:Cluster:SiloPort"] = Port(), ["Mentoring:Cluster:GatewayPort"] = Port() }, logDirectory);
        await _database.WaitForActiveSilosAsync(clusterId, 1, _processes, StartTimeout, ct);
        Start("silo-2", silo, new(Member()) { ["Mentoring:Cluster:SiloPort"] = Port(), ["Mentoring:Cluster:GatewayPort"] = Port() }, logDirectory);
        await _database.WaitForActiveSilosAsync(clusterId, 2, _processes, StartTimeout, ct);

        var gateway = Start("gateway", Assembly(options.GatewayAssembly, "api/Mentoring.Api"),
            new(Member().Concat(UnguardedGateway)) { ["Mentoring:GatewayMode"] = "Client", ["Urls"] = "http://127.0.0.1:0" }, logDirectory);
        Target = await GrpcAddressAsync(gateway, logDirectory, ct);
        WebAddress = await WebAddressAsync(gateway, logDirectory, ct);
        await ServingProbe.WaitAsync(Target, gateway, StartTimeout, ct);
        Description = $"two silos and a client-mode gateway, PostgreSQL database {_database.Name}, authentication and rate limits off";
    }

    private ChildProcess Start(string name, string assembly, Dictionary<string, string> settings, string logDirectory)
    {
        // Every process serves health, metrics and the dashboard (a gateway also REST) on HTTP/1.1 addresses of its own; the defaults would
        // collide. Each binds port 0 itself and reports what it got, so no other socket can take the port first.
        settings.TryAdd("Mentoring:Operations:Urls", "http://127.0.0.1:0");
        settings.TryAdd("Mentoring:Web:Urls", "http://127.0.0.1:0");
        settings["Mentoring:Operations:AddressesFile"] = AddressesFile(name, logDirectory);
        foreach (var (key, value) in _serverSettings)
        {
            settings[key] = value;
        }

        _starts[name] = (assembly, new Dictionary<string, string>(settings), logDirectory);
        var process = ChildProcess.Start(name, assembly, settings.Select(s => $"--{s.Key}={s.Value}"), logDirectory);
        _processes.Add(process);
        return process;
    }

    // A path given on the command line is relative to where the harness was started, not to the server's folder.
    private static string Assembly(string? given, string project) => given is null ? BuildOutputs.Assembly(project) : Path.GetFullPath(given);

    // Orleans ports cannot be 0 (a silo's address is its identity, known before it binds): reserved machine-wide instead.
    private static string Port() => LoopbackPorts.Reserve().ToString(CultureInfo.InvariantCulture);

    private static string AddressesFile(string name, string logDirectory) => Path.Combine(Path.GetFullPath(logDirectory), name + ".addresses.json");

    private static async Task<string> GrpcAddressAsync(ChildProcess gateway, string logDirectory, CancellationToken ct)
    {
        try
        {
            var (urls, _, _) = await LoopbackPorts.ReadAddressesAsync(AddressesFile(gateway.Name, logDirectory), () => gateway.HasExited, StartTimeout, ct);
            return urls.Single().TrimEnd('/');
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{gateway.Name}: {exception.Message}:\n{gateway.Tail()}", exception);
        }
    }

    private static async Task<string?> WebAddressAsync(ChildProcess gateway, string logDirectory, CancellationToken ct) =>
        (await LoopbackPorts.ReadAddressesAsync(AddressesFile(gateway.Name, logDirectory), () => gateway.HasExited, StartTimeout, ct)).Web
            .FirstOrDefault()?.TrimEnd('/');
}
