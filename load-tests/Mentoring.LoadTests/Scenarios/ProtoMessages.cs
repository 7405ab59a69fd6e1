using Mentoring.Contracts.Mapping;
using V1 = Mentoring.Contracts.V1;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Synthetic domain data as the API's request messages, through the contract's own mappers.</summary>
public static class ProtoMessages
{
    public static V1.Programme Programme(Domain.Programme programme)
    {
        var proto = ProgrammeMapper.ToProto(programme, "", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        proto.Name = "";
        proto.CreateTime = null;
        proto.UpdateTime = null;
        return proto;
    }

    /// <summary>The participant as a client sends it: output-only fields (name, etag, times, UTC hours) left empty.</summary>
    public static V1.Participant Participant(Domain.Participant participant)
    {
        var proto = ParticipantMapper.ToProto(participant, "", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        proto.Name = "";
        proto.CreateTime = null;
        proto.UpdateTime = null;
        proto.AvailabilityUtcHours.Clear();
        return proto;
    }
}
