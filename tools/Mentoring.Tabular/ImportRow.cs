using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>One input row: its line, its participant id, and either the request to send or why it cannot be sent.</summary>
public sealed record ImportRow(int Line, string ParticipantId, ImportParticipantsRequest? Request, IReadOnlyList<RowViolation> Errors);
