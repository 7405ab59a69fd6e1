using Mentoring.Hosting;
using Mentoring.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>
/// A silo built exactly as the standalone silo process builds itself (<see cref="SiloApplication"/>), hosted in the
/// test process so that its telemetry can be read in memory; its operations endpoint listens on a port the system
/// gives it (port 0), read back once bound.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private InProcessSilo(WebApplication app, int operationsPort)
    {
        App = app;
        OperationsPort = operationsPort;
    }

    public WebApplication App { get; }

    public int OperationsPort { get; }

    public IServiceProvider Services => App.Services;

    public Uri OperationsAddress => new($"http://127.0.0.1:{OperationsPort}");

    public static async Task<InProcessSilo> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Mentoring:Operations:Urls"] = "http://127.0.0.1:0",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder.Services);

        var app = SiloApplication.Build(builder);
        await app.StartAsync();
        var operations = app.Services.GetRequiredService<ListeningAddresses>().Split(app.Services.GetRequiredService<IServer>()).Operations;
        return new InProcessSilo(app, new Uri(operations.Single()).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
