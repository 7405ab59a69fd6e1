using Mentoring.Storage;
using Microsoft.Extensions.Hosting;

namespace Mentoring.Hosting;

/// <summary>
/// A client-mode gateway may start before any silo has created the membership tables;
/// it applies the same idempotent scripts first, so start order never matters.
/// </summary>
internal sealed class ClientSchemaInstallation(StorageConnection storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        SchemaInstaller.ApplyAsync(storage.Engine, storage.ConnectionString, SchemaComponents.Persistence | SchemaComponents.Clustering, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
