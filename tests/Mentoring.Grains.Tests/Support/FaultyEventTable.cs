using Mentoring.Storage.Events;

namespace Mentoring.Grains.Tests.Support;

/// <summary>The event log table whose appends fail while <see cref="Failing"/> is set (reads always work).</summary>
public sealed class FaultyEventTable(IProgrammeEventTable inner) : IProgrammeEventTable
{
    private volatile bool _failing;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken) =>
        _failing ? throw new IOException("Injected: the event log is unreachable.") : inner.AppendAsync(events, cancellationToken);

    public Task<StoredEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken) =>
        inner.ReadAsync(programmeId, afterSequence, maxCount, cancellationToken);

    public Task<int> RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken) =>
        inner.RedactAsync(programmeId, participantId, pseudonym, cancellationToken);

    public Task PurgeAsync(string programmeId, CancellationToken cancellationToken) => inner.PurgeAsync(programmeId, cancellationToken);
}
