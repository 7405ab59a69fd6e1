using Mentoring.Hosting.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
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
/// probes and scrapers reach them while gRPC keeps its HTTP/2-only endpoint.
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
    /// Binds the operations address next to the host's own <c>Urls</c> and registers the readiness checks: storage
    /// (for silos, and for gateways that read membership from PostgreSQL) and, on silos, cluster membership.
    /// </summary>
    public static WebApplicationBuilder AddMentoringOperations(this WebApplicationBuilder builder, MentoringOptions options, bool asSilo, bool servesGrpc)
    {
        var operationsUrls = Split(options.Operations.Urls);
        var operationsPorts = operationsUrls.Select(url => BindingAddress.Parse(url).Port).ToHashSet();
        if (operationsUrls.Length > 0)
        {
            var ownUrls = servesGrpc ? Split(builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrls) : [];
            builder.WebHost.UseUrls([.. ownUrls, .. operationsUrls]);
        }

        // Plaintext gRPC needs HTTP/2 with prior knowledge, which an endpoint offering HTTP/1.1 too cannot do;
        // probes and scrapers speak HTTP/1.1.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint =>
            endpoint.Protocols = servesGrpc && !operationsPorts.Contains(endpoint.IPEndPoint?.Port ?? -1)
                ? HttpProtocols.Http2
                : HttpProtocols.Http1));

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
        var hosts = Split(options.Operations.Urls).Select(url => $"*:{BindingAddress.Parse(url).Port}").Distinct().ToArray();

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

        void Restrict(IEndpointConventionBuilder endpoint)
        {
            if (hosts.Length > 0)
            {
                endpoint.RequireHost(hosts);
            }
        }
    }

    private const string DefaultUrls = "http://localhost:5000";

    private static string[] Split(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
