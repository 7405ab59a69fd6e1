using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Import;

/// <summary>
/// One documented CSV column: its header, what it holds, an example, and how a non-empty cell sets the participant
/// (returning a description of the problem when the cell cannot be read).
/// </summary>
public sealed record ParticipantColumn(string Header, string Field, string Meaning, string Example, Func<Participant, string, string?> Apply);
