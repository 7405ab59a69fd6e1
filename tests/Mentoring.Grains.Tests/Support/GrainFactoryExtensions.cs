using Mentoring.Abstractions;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Grain references by resource id rather than by raw key.</summary>
public static class GrainFactoryExtensions
{
    public static IProgrammeGrain Programme(this IGrainFactory grains, string programmeId) =>
        grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId));

    public static IParticipantGrain Participant(this IGrainFactory grains, string programmeId, string participantId) =>
        grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, participantId));

    public static IProgrammeDirectoryGrain ProgrammeDirectory(this IGrainFactory grains) =>
        grains.GetGrain<IProgrammeDirectoryGrain>(GrainKeys.ProgrammeDirectory(GrainKeys.DefaultTenant));
}
