using Mentoring.Storage.Participants;

namespace Mentoring.Grains.Tests.Support;

/// <summary>
/// The participants table with one armed fault at a time: the next batch fails before it is written, or after it is
/// committed (the answer is lost, as when a connection drops at commit).
/// </summary>
public sealed class FaultyParticipantTable(IParticipantTable inner) : IParticipantTable
{
    public enum Fault
    {
        None,
        BeforeWrite,
        AfterCommit,
    }

    private int _armed;

    public void Arm(Fault fault) => Interlocked.Exchange(ref _armed, (int)fault);

    public async Task<bool[]> ApplyAsync(IReadOnlyList<ParticipantRowChange> changes, CancellationToken cancellationToken)
    {
        var fault = (Fault)Interlocked.Exchange(ref _armed, (int)Fault.None);
        if (fault == Fault.BeforeWrite)
        {
            throw new IOException("Injected: the connection broke before the batch was written.");
        }

        var made = await inner.ApplyAsync(changes, cancellationToken);
        return fault == Fault.AfterCommit ? throw new IOException("Injected: the connection broke after the batch was committed.") : made;
    }

    public Task<ParticipantRow?[]> ReadManyAsync(IReadOnlyList<(string ProgrammeId, string ParticipantId)> keys, CancellationToken cancellationToken) =>
        inner.ReadManyAsync(keys, cancellationToken);

    public Task<IReadOnlyList<ParticipantRow>> ListAsync(string programmeId, string? afterId, int limit, short? role, CancellationToken cancellationToken) =>
        inner.ListAsync(programmeId, afterId, limit, role, cancellationToken);

    public IAsyncEnumerable<ParticipantRow> ScanAsync(string programmeId, CancellationToken cancellationToken) => inner.ScanAsync(programmeId, cancellationToken);

    public Task<IReadOnlyList<ParticipantVersion>> ListVersionsAsync(string programmeId, CancellationToken cancellationToken) =>
        inner.ListVersionsAsync(programmeId, cancellationToken);

    public Task<IReadOnlyList<string>> ListIdsAsync(string programmeId, string? afterId, int limit, CancellationToken cancellationToken) =>
        inner.ListIdsAsync(programmeId, afterId, limit, cancellationToken);

    public Task<bool> AnyAsync(string programmeId, CancellationToken cancellationToken) => inner.AnyAsync(programmeId, cancellationToken);
}
