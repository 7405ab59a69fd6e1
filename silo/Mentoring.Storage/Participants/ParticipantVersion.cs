namespace Mentoring.Storage.Participants;

/// <summary>A participant's id and the version of its stored row.</summary>
public readonly record struct ParticipantVersion(string ParticipantId, long Version);
