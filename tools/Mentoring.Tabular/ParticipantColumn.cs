using Mentoring.Contracts.V1;

namespace Mentoring.Tabular;

/// <summary>
/// One documented column: its header, what it holds, an example, and how a non-empty cell sets the participant
/// (returning a description of the problem when the cell cannot be read). A required column must be in the header.
/// </summary>
public sealed record ParticipantColumn(string Header, string Field, string Meaning, string Example, Func<Participant, string, string?> Apply, bool Required = false);
