using System.Diagnostics.Metrics;

namespace Mentoring.Storage.Participants;

/// <summary>
/// Group commit: changes submitted at once by many participant grains are made together, in one statement and one
/// transaction per batch, while the previous batch is in flight. Each caller's task ends once its own change is
/// durable (or refused, or failed with the batch). Reads that arrive together are combined the same way.
/// </summary>
public sealed class ParticipantWriteBatcher : IAsyncDisposable
{
    private static readonly Meter Meter = new("Mentoring.Storage");
    private static readonly Histogram<int> WriteBatchSize = Meter.CreateHistogram<int>(
        "mentoring.participants.write_batch_size", "{change}", "Participant row changes made in one statement.");
    private static readonly Histogram<int> ReadBatchSize = Meter.CreateHistogram<int>(
        "mentoring.participants.read_batch_size", "{row}", "Participant rows read in one statement.");

    private readonly StatementBatcher<ParticipantRowChange, bool> _writes;
    private readonly StatementBatcher<(string ProgrammeId, string ParticipantId), ParticipantRow?> _reads;

    public ParticipantWriteBatcher(IParticipantTable table, int maxBatchSize, int writers)
    {
        _writes = new(changes => table.ApplyAsync(changes, CancellationToken.None), c => (c.ProgrammeId, c.ParticipantId),
            size => WriteBatchSize.Record(size), maxBatchSize, writers);
        _reads = new(keys => table.ReadManyAsync(keys, CancellationToken.None), k => k,
            size => ReadBatchSize.Record(size), maxBatchSize, writers);
    }

    /// <summary>Whether the change was made; false when the row was not at the expected version.</summary>
    public Task<bool> ApplyAsync(ParticipantRowChange change, CancellationToken cancellationToken) => _writes.RunAsync(change, cancellationToken);

    /// <summary>The row, read together with the other rows asked for at the same time.</summary>
    public Task<ParticipantRow?> ReadAsync(string programmeId, string participantId, CancellationToken cancellationToken) =>
        _reads.RunAsync((programmeId, participantId), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        await _reads.DisposeAsync();
    }
}
