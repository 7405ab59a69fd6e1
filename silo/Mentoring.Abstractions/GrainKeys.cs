namespace Mentoring.Abstractions;

/// <summary>
/// Grain keys are the resource names of the API, so they are never all digits
/// (the ADO.NET provider would otherwise read them as integer keys).
/// </summary>
public static class GrainKeys
{
    /// <summary>The tenant of programmes written while authentication is disabled, and of grain-level callers that name none.</summary>
    public const string DefaultTenant = "default";

    /// <summary>The ids of one tenant's programmes.</summary>
    public static string ProgrammeDirectory(string tenant) => $"tenants/{tenant}/programmes";

    public static string Programme(string programmeId) => $"programmes/{programmeId}";

    public static string Participant(string programmeId, string participantId) =>
        $"programmes/{programmeId}/participants/{participantId}";

    /// <summary>
    /// The stateless workers that take a programme's import chunks. A client sends all calls for one key through one
    /// gateway silo, so chunks rotate over <paramref name="lane"/> keys to spread the work over the cluster.
    /// </summary>
    public static string ParticipantImport(string programmeId, int lane) => $"programmes/{programmeId}/import/l{lane}";
}
