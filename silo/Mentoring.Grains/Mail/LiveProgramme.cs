using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains.Mail;

/// <summary>
/// The programme a mail grain writes for, or null once it is gone or being deleted: a grain that finds none stores
/// nothing, so no row of a purged programme is written again behind its purge.
/// </summary>
internal static class LiveProgramme
{
    public static async Task<Programme?> GetAsync(IGrainFactory grains, string programmeId, CancellationToken cancellationToken) =>
        (await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken))?.Programme;
}
