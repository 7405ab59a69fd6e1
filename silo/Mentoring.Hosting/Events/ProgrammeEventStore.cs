using Mentoring.Abstractions.Events;
using Mentoring.Grains.Events;
using Mentoring.Storage.Events;
using Mentoring.Storage.Faults;

namespace Mentoring.Hosting.Events;

/// <inheritdoc cref="IProgrammeEventStore"/>
internal sealed class ProgrammeEventStore(IProgrammeEventTable table) : IProgrammeEventStore
{
    public Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken) =>
        Guarded(() => table.AppendAsync(events, cancellationToken), "Appending to an event log");

    public async Task<ProgrammeEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        var page = await Guarded(() => table.ReadAsync(programmeId, afterSequence, maxCount, cancellationToken), $"Reading the event log of programme {programmeId}");
        return new ProgrammeEventPage(
            [.. page.Events.Select(e => new ProgrammeEvent(e.ProgrammeId, e.Sequence, e.EventId, e.Type, e.Subject, e.OccurredAt, e.Data))], page.Head);
    }

    public Task RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken) =>
        Guarded(() => table.RedactAsync(programmeId, participantId, pseudonym, cancellationToken), $"Redacting the event log of programme {programmeId}");

    public Task PurgeAsync(string programmeId, CancellationToken cancellationToken) =>
        Guarded(async () =>
        {
            await table.PurgeAsync(programmeId, cancellationToken);
            return 0;
        }, $"Purging the event log of programme {programmeId}");

    // A database exception has no Orleans codec; the caller gets the fault in words (transient or not), as from the participants table.
    private static async Task<T> Guarded<T>(Func<Task<T>> operation, string what)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (StorageFaultException.Translate(exception, what) is { } fault)
        {
            throw fault;
        }
    }
}
