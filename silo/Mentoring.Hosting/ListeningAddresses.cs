using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Hosting;

/// <summary>
/// The addresses this process listens on, known once Kestrel has bound them: the host's own <c>Urls</c> (gRPC on the
/// gateway), the operations addresses and the gateway's web addresses, port <c>0</c> resolved to the port the system gave. With
/// <c>Mentoring:Operations:AddressesFile</c> set they are written to that file, with the silo's Orleans ports, once the
/// process has started, so that whoever started it with port 0 learns where to connect.
/// </summary>
public sealed class ListeningAddresses
{
    private readonly List<ListenOptions> _operationsListeners = [];
    private readonly List<ListenOptions> _webListeners = [];
    private readonly HashSet<int> _configuredOperationsPorts;
    private readonly HashSet<int> _configuredWebPorts;

    internal ListeningAddresses(bool hasOperationsAddresses, IEnumerable<int> configuredOperationsPorts, IEnumerable<int> configuredWebPorts)
    {
        HasOperationsAddresses = hasOperationsAddresses;
        _configuredOperationsPorts = [.. configuredOperationsPorts];
        _configuredWebPorts = [.. configuredWebPorts];
    }

    /// <summary>
    /// Whether operations endpoints are served on their own addresses (else they share <c>Urls</c>). Known when the host
    /// is built, before Kestrel creates the listeners.
    /// </summary>
    internal bool HasOperationsAddresses { get; }

    internal void AddOperationsListener(ListenOptions listener) => Add(_operationsListeners, listener);

    internal void AddWebListener(ListenOptions listener) => Add(_webListeners, listener);

    /// <summary>Whether a connection's local port is an operations port; the ports of listeners bound here count once bound.</summary>
    public bool IsOperationsPort(int localPort) => Ports(_operationsListeners, _configuredOperationsPorts).Contains(localPort);

    /// <summary>The bound addresses, split into the host's own (gRPC on a gateway), operations and web.</summary>
    public (IReadOnlyList<string> Own, IReadOnlyList<string> Operations, IReadOnlyList<string> Web) Split(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var operationsPorts = Ports(_operationsListeners, _configuredOperationsPorts);
        var webPorts = Ports(_webListeners, _configuredWebPorts);
        var own = new List<string>();
        var operations = new List<string>();
        var web = new List<string>();
        foreach (var address in addresses)
        {
            var port = BindingAddress.Parse(address).Port;
            (operationsPorts.Contains(port) ? operations : webPorts.Contains(port) ? web : own).Add(address);
        }

        return (own, operations, web);
    }

    private static void Add(List<ListenOptions> listeners, ListenOptions listener)
    {
        lock (listeners)
        {
            listeners.Add(listener);
        }
    }

    private static HashSet<int> Ports(List<ListenOptions> listeners, HashSet<int> configured)
    {
        lock (listeners)
        {
            var ports = new HashSet<int>(configured);
            foreach (var listener in listeners)
            {
                if (listener.EndPoint is IPEndPoint { Port: > 0 } bound)
                {
                    ports.Add(bound.Port);
                }
            }

            return ports;
        }
    }

    /// <summary>Writes the addresses file once the host has started (every listener bound, the silo active).</summary>
    internal sealed class Report(
        ListeningAddresses addresses, IServer server, IHostApplicationLifetime lifetime, MentoringOptions options, bool asSilo, ILogger<Report> logger)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var path = options.Operations.AddressesFile;
            lifetime.ApplicationStarted.Register(() =>
            {
                var (own, operations, web) = addresses.Split(server);
                logger.LogInformation(
                    "Listening: {Own} (gRPC on a gateway), operations {Operations}, web {Web}",
                    string.Join(' ', own), string.Join(' ', operations), web.Count > 0 ? string.Join(' ', web) : "(none)");
                if (!string.IsNullOrWhiteSpace(path))
                {
                    Write(Path.GetFullPath(path));
                }
            });

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private void Write(string path)
        {
            var (own, operations, web) = addresses.Split(server);
            var report = new AddressesReport(
                own,
                operations,
                web,
                asSilo ? options.Cluster.SiloPort : null,
                asSilo ? options.Cluster.GatewayPort : null);

            // Written whole, then renamed, so a reader never sees half a file.
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(report, AddressesReport.JsonOptions));
            File.Move(temporary, path, overwrite: true);
            logger.LogInformation("Listening addresses written to {Path}", path);
        }
    }
}

/// <summary>The content of <c>Mentoring:Operations:AddressesFile</c>.</summary>
/// <param name="Urls">The host's own bound addresses: gRPC on a gateway, nothing on a standalone silo.</param>
/// <param name="Operations">The bound operations addresses (health, metrics, dashboard).</param>
/// <param name="Web">The bound web addresses of a gateway (REST, OpenAPI, report); none on a standalone silo.</param>
/// <param name="SiloPort">The Orleans silo-to-silo port, on a process that hosts a silo.</param>
/// <param name="GatewayPort">The Orleans client gateway port, on a process that hosts a silo.</param>
public sealed record AddressesReport(IReadOnlyList<string> Urls, IReadOnlyList<string> Operations, IReadOnlyList<string> Web, int? SiloPort, int? GatewayPort)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
