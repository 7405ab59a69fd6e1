namespace Mentoring.Storage.Events;

/// <summary>Events after a cursor in sequence order, and the last sequence the programme's log has given.</summary>
public sealed record StoredEventPage(IReadOnlyList<StoredEvent> Events, long Head);
