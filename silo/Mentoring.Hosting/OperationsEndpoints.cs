using System.Net;
using Mentoring.Hosting.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Dashboard;

namespace Mentoring.Hosting;

/// <summary>
/// The operations surface of every host: <c>/health/live</c>, <c>/health/ready</c>, <c>/metrics</c> (Prometheus) and the
/// Orleans dashboard, on their own HTTP/1.1 address (<c>Mentoring:Operations:Urls</c>) so that ordinary
/// probes and scrapers reach them while gRPC keeps its HTTP/2-only endpoint. A gateway also binds its web address
/// (<c>Mentoring:Web:Urls</c>) here, for the same reason.
/// </summary>
public static class OperationsEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string MetricsPath = "/metrics";

    /// <summary>Tag of the checks that decide readiness (and the gRPC health service's status).</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);

    /// <summary>
    /// Binds the operations address (and a gateway's web address) next to the host's own <c>Urls</c> and registers the readiness checks: storage
    /// (for silos, and for gateways that read membership from PostgreSQL) and, on silos, cluster membership.
    /// </summary>
    public static WebApplicationBuilder AddMentoringOperations(this WebApplicationBuilder builder, MentoringOptions options, bool asSilo, bool servesGrpc)
    {
        var operationsUrls = Split(options.Operations.Urls);
        var webUrls = servesGrpc ? Split(options.Web.Urls) : [];
        var kestrelEndpoints = builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        ListeningAddresses addresses;
        if (operationsUrls.Length > 0 && !kestrelEndpoints)
        {
            // Each address is bound here with its own protocol rather than through Urls, so that port 0 works too:
            // plaintext gRPC needs HTTP/2 with prior knowledge, which an endpoint offering HTTP/1.1 too cannot do;
            // probes, scrapers and browsers speak HTTP/1.1. The operations and web ports are known once bound.
            addresses = new ListeningAddresses(hasOperationsAddresses: true, [], []);
            var ownUrls = servesGrpc ? Split(builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrls) : [];
            builder.Services.AddTransient<IStartupFilter, BindOnlyListenOptions>();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                foreach (var url in ownUrls)
                {
                    Listen(kestrel, url, HttpProtocols.Http2, null);
                }

                foreach (var url in operationsUrls)
                {
                    Listen(kestrel, url, HttpProtocols.Http1, addresses.AddOperationsListener);
                }

                foreach (var url in webUrls)
                {
                    Listen(kestrel, url, WebProtocols(url), addresses.AddWebListener);
                }
            });
        }
        else
        {
            // Kestrel:Endpoints (TLS) replaces Urls altogether; there, as with no operations address of its own, the
            // protocol follows the configured port.
            var operationsPorts = operationsUrls.Select(url => BindingAddress.Parse(url).Port).ToHashSet();
            var webPorts = webUrls.Select(url => BindingAddress.Parse(url).Port).ToHashSet();
            addresses = new ListeningAddresses(operationsUrls.Length > 0, operationsPorts, webPorts);
            if (operationsUrls.Length > 0 || webUrls.Length > 0)
            {
                var ownUrls = servesGrpc ? Split(builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrls) : [];
                builder.WebHost.UseUrls([.. ownUrls, .. operationsUrls, .. webUrls]);
            }

            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint =>
            {
                var port = endpoint.IPEndPoint?.Port ?? -1;
                endpoint.Protocols = webPorts.Contains(port) ? HttpProtocols.Http1AndHttp2
                    : servesGrpc && !operationsPorts.Contains(port) ? HttpProtocols.Http2
                    : HttpProtocols.Http1;
            }));
        }

        builder.Services.AddSingleton(addresses);
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ListeningAddresses.Report>(sp, options, asSilo));

        var checks = builder.Services.AddHealthChecks();
        if (asSilo || options.Cluster.Clustering == ClusteringKind.AdoNet)
        {
            checks.Add(new HealthCheckRegistration(
                "storage", sp => new StorageHealthCheck(StorageConnection.From(options)), HealthStatus.Unhealthy, [ReadyTag], CheckTimeout));
        }

        if (asSilo)
        {
            checks.Add(new HealthCheckRegistration(
                "membership", sp => ActivatorUtilities.CreateInstance<MembershipHealthCheck>(sp), HealthStatus.Unhealthy, [ReadyTag], CheckTimeout));
        }

        return builder;
    }

    /// <summary>Maps liveness, readiness, the Prometheus scrape endpoint and the dashboard, as configured.</summary>
    public static WebApplication MapMentoringOperations(this WebApplication app, MentoringOptions options)
    {
        // These paths answer only on the operations ports (by the connection's local port, so port 0 works as well).
        var addresses = app.Services.GetRequiredService<ListeningAddresses>();
        if (addresses.HasOperationsAddresses)
        {
            app.Use(async (context, next) =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<OperationsOnly>() is not null
                    && !addresses.IsOperationsPort(context.Connection.LocalPort))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
            });
        }

        // Liveness runs no check: the process answers, so it is not wedged. Readiness runs every "ready" check.
        Restrict(app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync }));
        Restrict(app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }));

        if (options.Telemetry.Prometheus)
        {
            Restrict(app.MapPrometheusScrapingEndpoint(MetricsPath));
        }

        if (options.Operations.Dashboard)
        {
            Restrict(app.MapOrleansDashboard(options.Operations.DashboardPath));
        }

        return app;

        static void Restrict(IEndpointConventionBuilder endpoint) => endpoint.WithMetadata(OperationsOnly.Instance);
    }

    // Without TLS there is no ALPN to offer HTTP/2 beside HTTP/1.1, and browsers need HTTP/1.1.
    private static HttpProtocols WebProtocols(string url) =>
        string.Equals(BindingAddress.Parse(url).Scheme, "https", StringComparison.OrdinalIgnoreCase) ? HttpProtocols.Http1AndHttp2 : HttpProtocols.Http1;

    private static void Listen(KestrelServerOptions kestrel, string url, HttpProtocols protocols, Action<ListenOptions>? bound)
    {
        var address = BindingAddress.Parse(url);
        void Configure(ListenOptions listen)
        {
            listen.Protocols = protocols;
            if (string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase))
            {
                listen.UseHttps();
            }

            bound?.Invoke(listen);
        }

        if (address.IsUnixPipe)
        {
            kestrel.ListenUnixSocket(address.UnixPipePath, Configure);
        }
        else if (string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(address.Port, Configure);
        }
        else if (IPAddress.TryParse(address.Host, out var ip))
        {
            kestrel.Listen(ip, address.Port, Configure);
        }
        else
        {
            // "*", "+" or a host name: every interface, as Kestrel does for such Urls.
            kestrel.ListenAnyIP(address.Port, Configure);
        }
    }

    /// <summary>
    /// The host copies <c>Urls</c> into the server's addresses before the pipeline is built; with every address bound
    /// through Kestrel's listen options, those copies would only make Kestrel warn that it overrides them.
    /// </summary>
    private sealed class BindOnlyListenOptions(IServer server) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
        {
            if (server.Features.Get<IServerAddressesFeature>()?.Addresses is { IsReadOnly: false } hostAddresses)
            {
                hostAddresses.Clear();
            }

            return next;
        }
    }

    /// <summary>Marks the endpoints that answer only on the operations addresses.</summary>
    private sealed class OperationsOnly
    {
        public static readonly OperationsOnly Instance = new();
    }

    private const string DefaultUrls = "http://localhost:5000";

    private static string[] Split(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
