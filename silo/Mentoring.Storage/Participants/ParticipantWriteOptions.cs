namespace Mentoring.Storage.Participants;

/// <summary>How participant writes are combined (<c>Mentoring:Storage:Participants</c>).</summary>
public sealed class ParticipantWriteOptions
{
    /// <summary>Most changes in one statement.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>Batches in flight at once, for writes and for reads each (default 1: the fewer in flight, the more each carries).</summary>
    public int Writers { get; set; } = 1;

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
