using Mentoring.Abstractions;
using Mentoring.Contracts.Mapping;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a stored programme to the mentoring.v1.Programme resource.</summary>
internal static class ProgrammeProto
{
    public static Contracts.V1.Programme ToProto(ProgrammeSnapshot s) =>
        ProgrammeMapper.ToProto(s.Programme, s.Etag, s.CreateTime, s.UpdateTime, s.PurgeTime);
}
