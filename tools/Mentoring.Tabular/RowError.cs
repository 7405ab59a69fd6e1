namespace Mentoring.Tabular;

/// <summary>One line of the error file: a rejected row's line, id, status code and one field violation.</summary>
public sealed record RowError(int Line, string ParticipantId, string Code, string Field, string Description);
