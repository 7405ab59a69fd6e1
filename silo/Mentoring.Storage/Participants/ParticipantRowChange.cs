using Mentoring.Storage.Events;

namespace Mentoring.Storage.Participants;

/// <summary>
/// A write (with a payload) or a delete (without one) of one row, made only while the row is still at
/// <paramref name="ExpectedVersion"/>; 0 means "no row yet". <see cref="Event"/>, if any, is appended to the programme's
/// log in the same transaction, only if the change is made.
/// </summary>
public sealed record ParticipantRowChange(string ProgrammeId, string ParticipantId, short? Role, long ExpectedVersion, byte[]? Payload)
{
    public EventDraft? Event { get; init; }

    public bool IsDelete => Payload is null;

    /// <summary>The version the row has once the change is made; 0 after a delete.</summary>
    public long NextVersion => IsDelete ? 0 : ExpectedVersion + 1;
}
