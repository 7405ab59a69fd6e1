using Mentoring.Grains;
using Orleans.Serialization;

namespace Mentoring.Hosting.Participants;

/// <summary>A participant grain's state as a row payload: the Orleans binary serializer, as for every other grain state.</summary>
internal sealed class ParticipantStateCodec(Serializer<ParticipantState> serializer)
{
    public byte[] Encode(ParticipantState state) => serializer.SerializeToArray(state);

    public ParticipantState Decode(byte[] payload) =>
        serializer.Deserialize(payload) ?? throw new InvalidDataException("A participant row holds an empty payload.");

    /// <summary>The role column: null while an erasure runs, when the profile is already gone.</summary>
    public static short? RoleOf(ParticipantState state) => state.Participant is { } participant ? (short)participant.Role : null;
}
