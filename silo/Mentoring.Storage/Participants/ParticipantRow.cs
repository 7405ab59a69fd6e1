namespace Mentoring.Storage.Participants;

/// <summary>One participant's row: its keys, its role (null while an erasure runs), the storage version and the payload.</summary>
public sealed record ParticipantRow(string ProgrammeId, string ParticipantId, short? Role, long Version, byte[] Payload);
