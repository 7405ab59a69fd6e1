namespace Mentoring.Storage.Events;

/// <summary>
/// The programmes' event logs of one service. Each programme's events are numbered 1, 2, 3, ... without gaps, and a
/// number, once read, never changes and never has an earlier one appear after it. SQLite numbers an event in the
/// transaction that stores it; PostgreSQL numbers committed events when the log is read, so writers never wait on
/// each other (<see cref="PostgreSqlEventSequencer"/>). An event id already stored is skipped.
/// </summary>
public interface IProgrammeEventTable
{
    /// <summary>Appends the events in one transaction, in the order given per programme; answers how many were new.</summary>
    Task<int> AppendAsync(IReadOnlyList<EventDraft> events, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxCount"/> events with a sequence above <paramref name="afterSequence"/>, in order.</summary>
    Task<StoredEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>Rewrites every event of the programme that names <paramref name="participantId"/> to name <paramref name="pseudonym"/>; answers how many changed.</summary>
    Task<int> RedactAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken);

    /// <summary>Deletes the programme's log, events and head.</summary>
    Task PurgeAsync(string programmeId, CancellationToken cancellationToken);
}
