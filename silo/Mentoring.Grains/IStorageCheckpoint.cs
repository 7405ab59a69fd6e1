namespace Mentoring.Grains;

/// <summary>
/// Run after an erasure: moves what the storage engine still keeps of deleted rows out of its files where the service
/// can (SQLite's write-ahead log); on PostgreSQL the server removes dead rows, when an operator vacuums (docs/STORAGE.md).
/// </summary>
public interface IStorageCheckpoint
{
    /// <summary>Completes once no log kept beside the database holds content the erasure deleted.</summary>
    Task AfterErasureAsync(CancellationToken cancellationToken);
}
