using Mentoring.Abstractions.Events;
using Mentoring.Storage.Events;

namespace Mentoring.Grains.Events;

/// <summary>
/// The programmes' event logs as grains use them: appends (idempotent by event id; an id already stored takes no new
/// sequence), reads after a cursor, erasure's rewrite and a programme's purge. Participant events are not appended here:
/// the participants table writes them in the transaction of their row.
/// </summary>
public interface IProgrammeEventStore
{
    /// <summary>Appends the events in one transaction, in the order given; answers how many were new.</summary>
    Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxCount"/> events after <paramref name="afterSequence"/>, and the log's head.</summary>
    Task<ProgrammeEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>Rewrites every event naming the participant to name the pseudonym instead.</summary>
    Task RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken);

    /// <summary>Deletes the programme's log.</summary>
    Task PurgeAsync(string programmeId, CancellationToken cancellationToken);
}
