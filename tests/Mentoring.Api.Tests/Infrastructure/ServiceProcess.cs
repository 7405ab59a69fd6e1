using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// A gateway (co-hosting a silo, or as a client) or a bare silo, started as a real process on 127.0.0.1
/// from its build output, with settings passed as command-line configuration. Its HTTP addresses are bound to port 0 by
/// the process itself, which reports the ports it got in a file (<c>Mentoring:Operations:AddressesFile</c>), so no
/// other socket can take them first; Orleans ports come from the settings (<see cref="ReservedPorts"/>).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _addressesFile;
    private ReportedAddresses? _addresses;

    private ServiceProcess(Process process, string addressesFile)
    {
        _process = process;
        _addressesFile = addressesFile;
    }

    /// <summary>The gateway's gRPC port.</summary>
    public int GrpcPort => Port(Addresses.Urls.FirstOrDefault() ?? throw new InvalidOperationException("Not a gateway."));

    /// <summary>Where health, metrics and the dashboard are served (HTTP/1.1).</summary>
    public int OperationsPort => Port(Addresses.Operations.First());

    /// <summary>The gateway's web address (HTTP/1.1: REST, OpenAPI, report).</summary>
    public string WebAddress => Addresses.Web is [var web, ..] ? web.TrimEnd('/') : throw new InvalidOperationException("No web address reported.");

    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// The last lines of <see cref="Output"/>, about <paramref name="characters"/> long: for a failure message, without
    /// joining the whole kept output (up to 20,000 lines) as <see cref="Output"/> does.
    /// </summary>
    public string OutputTail(int characters)
    {
        var lines = _output.ToArray();
        var first = lines.Length;
        for (var length = 0; first > 0 && length < characters; length += lines[first - 1].Length + Environment.NewLine.Length)
        {
            first--;
        }

        return string.Join(Environment.NewLine, lines[first..]);
    }

    public string Address => $"http://127.0.0.1:{GrpcPort}";

    /// <summary>A key of <see cref="TestCredentials.Tenant"/> with every tenant scope, created when the gateway started.</summary>
    public string TenantKey { get; private set; } = "";

    private ReportedAddresses Addresses => _addresses
        ?? throw new InvalidOperationException("The process has not reported its addresses yet; await WaitForAddressesAsync first.");

    /// <summary>
    /// Starts the gateway with the given Mentoring:* settings, waits until its health check says SERVING and, unless
    /// the settings turn authentication off, creates <see cref="TenantKey"/> with this test run's operator key.
    /// </summary>
    public static async Task<ServiceProcess> StartGatewayAsync(IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings) { ["Urls"] = "http://127.0.0.1:0" };
        all.TryAdd("Mentoring:Auth:OperatorKeyFile", TestCredentials.OperatorKeyFile);
        var service = Start(RepositoryPaths.Output("api/Mentoring.Api"), all);
        await service.WaitUntilServingAsync();
        if (!all.TryGetValue("Mentoring:Auth:Enabled", out var enabled) || bool.Parse(enabled))
        {
            service.TenantKey = await TestCredentials.CreateKeyAsync(service.Address, TestCredentials.Tenant, TestCredentials.TenantScopes);
        }

        return service;
    }

    /// <summary>Starts the gateway with exactly the given settings (its own operator key file) and creates no tenant key.</summary>
    public static async Task<ServiceProcess> StartGatewayWithoutKeyAsync(IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings) { ["Urls"] = "http://127.0.0.1:0" };
        var service = Start(RepositoryPaths.Output("api/Mentoring.Api"), all);
        await service.WaitUntilServingAsync();
        return service;
    }

    /// <summary>Starts a standalone silo; it is ready once a gateway can use it (or <see cref="WaitForAddressesAsync"/> returns).</summary>
    public static ServiceProcess StartSilo(IReadOnlyDictionary<string, string> settings) =>
        Start(RepositoryPaths.Output("silo/Mentoring.Silo"), settings);

    /// <summary>A channel that authenticates every call with <see cref="TenantKey"/>.</summary>
    public GrpcChannel CreateChannel() => TestCredentials.Channel(Address, TenantKey.Length > 0 ? TenantKey : null);

    /// <summary>A channel like <see cref="CreateChannel()"/> whose calls go through <paramref name="handler"/> (to set a client's limits).</summary>
    public GrpcChannel CreateChannelThrough(HttpMessageHandler handler) => TestCredentials.Channel(Address, TenantKey.Length > 0 ? TenantKey : null, handler: handler);

    /// <summary>A channel with the given API key, or without any credential when it is null.</summary>
    public GrpcChannel CreateChannel(string? apiKey) => TestCredentials.Channel(Address, apiKey);

    /// <summary>Waits until the process has started and written the addresses it listens on.</summary>
    public async Task WaitForAddressesAsync()
    {
        if (_addresses is not null)
        {
            return;
        }

        await Eventually.UntilAsync(
            () => File.Exists(_addressesFile) || (_process.HasExited ? throw Exited("started") : false),
            StartTimeout,
            "the process to start and report its addresses",
            TimeSpan.FromMilliseconds(100));
        _addresses = await ReportedAddresses.ReadAsync(_addressesFile);
    }

    /// <summary>Asks the process to shut down gracefully (SIGTERM) and waits; kills it if it does not exit.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would: nothing is flushed or left gracefully.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Directory.Delete(Path.GetDirectoryName(_addressesFile)!, recursive: true);
    }

    private static ServiceProcess Start(string assembly, IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        info.ArgumentList.Add(assembly);
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        // Every process gets its own operations port, bound by itself, unless the test chose one.
        if (!settings.ContainsKey("Mentoring:Operations:Urls"))
        {
            info.ArgumentList.Add("--Mentoring:Operations:Urls=http://127.0.0.1:0");
        }

        // Likewise its own web address; a standalone silo ignores the setting.
        if (!settings.ContainsKey("Mentoring:Web:Urls"))
        {
            info.ArgumentList.Add("--Mentoring:Web:Urls=http://127.0.0.1:0");
        }

        // A small warm-up round, for a test that switches it on.
        foreach (var (key, value) in new[] { ("Mentoring:WarmUp:Mentees", "200"), ("Mentoring:WarmUp:Mentors", "50"), ("Mentoring:WarmUp:Iterations", "1") })
        {
            if (!settings.ContainsKey(key))
            {
                info.ArgumentList.Add($"--{key}={value}");
            }
        }

        var directory = Directory.CreateTempSubdirectory("mentoring-process-");
        var addressesFile = Path.Combine(directory.FullName, "addresses.json");
        info.ArgumentList.Add($"--Mentoring:Operations:AddressesFile={addressesFile}");

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new ServiceProcess(process, addressesFile);
        process.OutputDataReceived += (_, e) => service.Record(e.Data);
        process.ErrorDataReceived += (_, e) => service.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    private static int Port(string url) => new Uri(url).Port;

    private InvalidOperationException Exited(string before) =>
        new($"The process exited with code {_process.ExitCode} before it {before}:\n{Output}");

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 20000 && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilServingAsync()
    {
        await WaitForAddressesAsync();
        using var channel = CreateChannel();
        var health = new Health.HealthClient(channel);
        await Eventually.WaitAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw Exited("served");
                }

                try
                {
                    return (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5))).Status;
                }
                catch (RpcException)
                {
                    // The silo is still joining.
                    return HealthCheckResponse.Types.ServingStatus.Unknown;
                }
            },
            status => status == HealthCheckResponse.Types.ServingStatus.Serving,
            StartTimeout,
            "the gateway to serve",
            TimeSpan.FromMilliseconds(250),
            () => Output);
    }
}
