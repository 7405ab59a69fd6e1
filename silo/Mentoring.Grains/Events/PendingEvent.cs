using Mentoring.Storage.Events;

namespace Mentoring.Grains.Events;

/// <summary>
/// An event a grain keeps in its own state, written in the same state write as the change it describes (a transactional
/// outbox), until it is known to be in the programme's log.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Type,
    [property: Id(2)] string Subject,
    [property: Id(3)] DateTimeOffset OccurredAt,
    [property: Id(4)] string Data)
{
    public EventDraft ToDraft(string programmeId) => new(programmeId, EventId, Type, Subject, OccurredAt, Data);
}
