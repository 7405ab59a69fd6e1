using Mentoring.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Mentoring.Hosting;

/// <summary>Applies the storage schema before any Orleans provider touches the database.</summary>
internal sealed class SchemaInstallation(StorageConnection storage, SchemaComponents components, ILogger<SchemaInstallation> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInstallation), ServiceLifecycleStage.First, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Applying the {Engine} storage schema ({Components})", storage.Engine, components);
        await SchemaInstaller.ApplyAsync(storage.Engine, storage.ConnectionString, components, cancellationToken);
    }
}
