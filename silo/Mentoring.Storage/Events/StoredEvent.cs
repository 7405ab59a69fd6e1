namespace Mentoring.Storage.Events;

/// <summary>An event of a programme's log with its sequence (1, 2, 3, ... in commit order).</summary>
public sealed record StoredEvent(string ProgrammeId, long Sequence, string EventId, string Type, string Subject, DateTimeOffset OccurredAt, string Data);
