using Mentoring.Abstractions;
using Mentoring.Contracts.Mapping;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a stored participant to the mentoring.v1.Participant resource.</summary>
internal static class ParticipantProto
{
    public static Contracts.V1.Participant ToProto(ParticipantSnapshot s) =>
        ParticipantMapper.ToProto(s.Participant, s.Etag, s.CreateTime, s.UpdateTime);
}
