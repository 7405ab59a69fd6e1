using Mentoring.Grains;
using Mentoring.Storage;
using Microsoft.Extensions.Logging;

namespace Mentoring.Hosting;

/// <summary>The <see cref="IStorageCheckpoint"/> of the configured engine: SQLite truncates its write-ahead log; PostgreSQL has nothing to do here.</summary>
internal sealed class StorageCheckpoint(StorageConnection storage, ILogger<StorageCheckpoint> logger) : IStorageCheckpoint
{
    public async Task AfterErasureAsync(CancellationToken cancellationToken)
    {
        if (storage.Engine != StorageEngine.Sqlite)
        {
            return;
        }

        if (!await SqliteErasure.CheckpointAsync(storage.ConnectionString, cancellationToken))
        {
            // The next erasure's checkpoint truncates it.
            logger.LogWarning("Readers kept the SQLite write-ahead log busy; it still holds pages from before the erasure.");
        }
    }
}
