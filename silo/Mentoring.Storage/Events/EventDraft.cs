namespace Mentoring.Storage.Events;

/// <summary>An event before the log gives it its sequence; <paramref name="Data"/> is a JSON object of ids and states.</summary>
public sealed record EventDraft(string ProgrammeId, string EventId, string Type, string Subject, DateTimeOffset OccurredAt, string Data);
