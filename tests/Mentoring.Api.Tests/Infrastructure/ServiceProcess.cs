using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// A gateway (co-hosting a silo, or as a client) or a bare silo, started as a real process on 127.0.0.1
/// from its build output, with settings passed as command-line configuration.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, int? grpcPort, int operationsPort)
    {
        _process = process;
        GrpcPort = grpcPort;
        OperationsPort = operationsPort;
    }

    public int? GrpcPort { get; }

    /// <summary>Where health, metrics and the dashboard are served (HTTP/1.1).</summary>
    public int OperationsPort { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public string Address => $"http://127.0.0.1:{GrpcPort ?? throw new InvalidOperationException("Not a gateway.")}";

    /// <summary>A key of <see cref="TestCredentials.Tenant"/> with every tenant scope, created when the gateway started.</summary>
    public string TenantKey { get; private set; } = "";

    /// <summary>
    /// Starts the gateway with the given Mentoring:* settings, waits until its health check says SERVING and, unless
    /// the settings turn authentication off, creates <see cref="TenantKey"/> with this test run's operator key.
    /// </summary>
    public static async Task<ServiceProcess> StartGatewayAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeTcpPort.Next();
        var all = new Dictionary<string, string>(settings) { ["Urls"] = $"http://127.0.0.1:{port}" };
        all.TryAdd("Mentoring:Auth:OperatorKeyFile", TestCredentials.OperatorKeyFile);
        var service = Start(RepositoryPaths.Output("api/Mentoring.Api"), all, port);
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
        var port = FreeTcpPort.Next();
        var all = new Dictionary<string, string>(settings) { ["Urls"] = $"http://127.0.0.1:{port}" };
        var service = Start(RepositoryPaths.Output("api/Mentoring.Api"), all, port);
        await service.WaitUntilServingAsync();
        return service;
    }

    /// <summary>Starts a standalone silo; it is ready once a gateway can use it.</summary>
    public static ServiceProcess StartSilo(IReadOnlyDictionary<string, string> settings) =>
        Start(RepositoryPaths.Output("silo/Mentoring.Silo"), settings, null);

    /// <summary>A channel that authenticates every call with <see cref="TenantKey"/>.</summary>
    public GrpcChannel CreateChannel() => TestCredentials.Channel(Address, TenantKey.Length > 0 ? TenantKey : null);

    /// <summary>A channel with the given API key, or without any credential when it is null.</summary>
    public GrpcChannel CreateChannel(string? apiKey) => TestCredentials.Channel(Address, apiKey);

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
    }

    private static ServiceProcess Start(string assembly, IReadOnlyDictionary<string, string> settings, int? grpcPort)
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

        // Every process gets its own operations port unless the test chose one, so processes never collide.
        var operationsPort = settings.TryGetValue("Mentoring:Operations:Urls", out var operationsUrls)
            ? new Uri(operationsUrls).Port
            : FreeTcpPort.Next();
        if (operationsUrls is null)
        {
            info.ArgumentList.Add($"--Mentoring:Operations:Urls=http://127.0.0.1:{operationsPort}");
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new ServiceProcess(process, grpcPort, operationsPort);
        process.OutputDataReceived += (_, e) => service.Record(e.Data);
        process.ErrorDataReceived += (_, e) => service.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

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
        using var channel = CreateChannel();
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with code {_process.ExitCode} before serving:\n{Output}");
            }

            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Not listening yet, or the silo is still joining.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not serving after {StartTimeout}:\n{Output}");
            }

            await Task.Delay(250);
        }
    }
}
