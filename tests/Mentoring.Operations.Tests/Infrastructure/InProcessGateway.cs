using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>The gateway's own Program, hosted in the test process on an in-memory server, with the given settings.</summary>
public sealed class InProcessGateway(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<Program>
{
    public GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The Program reads its settings from next to its binary; keep that content root.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (configure is not null)
        {
            builder.ConfigureServices(configure);
        }
    }
}
