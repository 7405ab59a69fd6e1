namespace Mentoring.Domain;

/// <summary>The outcome of one retention check; <see cref="DueIn"/> is the delay of the next check for <see cref="RetentionAction.Reschedule"/>.</summary>
public readonly record struct RetentionDecision(RetentionAction Action, TimeSpan DueIn = default);
