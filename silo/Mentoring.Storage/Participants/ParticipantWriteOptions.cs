namespace Mentoring.Storage.Participants;

/// <summary>How participant writes are combined (<c>Mentoring:Storage:Participants</c>).</summary>
public sealed class ParticipantWriteOptions
{
    /// <summary>Most changes in one statement.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>Batches in flight at once; null picks 2 on PostgreSQL and 1 on SQLite (one writer at a time anyway).</summary>
    public int? Writers { get; set; }

    public int WritersFor(StorageEngine engine) => Writers ?? (engine == StorageEngine.PostgreSql ? 2 : 1);

    public void Validate()
    {
        if (MaxBatchSize is < 1 or > 10_000)
        {
            throw new InvalidOperationException($"Mentoring:Storage:Participants:MaxBatchSize must be 1-10000, not {MaxBatchSize}.");
        }

        if (Writers is < 1 or > 64)
        {
            throw new InvalidOperationException($"Mentoring:Storage:Participants:Writers must be 1-64, not {Writers}.");
        }
    }
}
