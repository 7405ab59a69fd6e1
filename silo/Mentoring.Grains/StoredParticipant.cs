namespace Mentoring.Grains;

/// <summary>A participant's decoded state and the version of the row it was read from.</summary>
public readonly record struct StoredParticipant(long RowVersion, ParticipantState State);
