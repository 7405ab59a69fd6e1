using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace Mentoring.Hosting;

/// <summary>Adds Mentoring's Orleans role (silo or client), console log format and telemetry to any .NET host.</summary>
public static class HostApplicationBuilderExtensions
{
    /// <summary>Reads <see cref="MentoringOptions"/> and co-hosts a silo, or joins as a client when <paramref name="asSilo"/> is false.</summary>
    public static MentoringOptions AddMentoring(this IHostApplicationBuilder builder, bool asSilo)
    {
        var options = new MentoringOptions();
        builder.Configuration.GetSection(MentoringOptions.Section).Bind(options);
        builder.Services.AddSingleton(options);

        if (asSilo)
        {
            builder.UseOrleans(silo => silo.AddMentoringSilo(options));
        }
        else
        {
            if (options.Cluster.Clustering == ClusteringKind.AdoNet)
            {
                // Registered before the Orleans client so that it runs first.
                builder.Services.AddHostedService(_ => new ClientSchemaInstallation(StorageConnection.From(options)));
            }

            builder.UseOrleansClient(client =>
            {
                client.AddMentoringClient(options);

                // A client shows the dashboard of silos that have it on.
                if (options.Operations.Dashboard)
                {
                    client.AddDashboard();
                }
            });
        }

        builder.AddMentoringConsoleLog();
        builder.AddMentoringTelemetry(options);
        return options;
    }
}
