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

    /// <summary>Shards of a programme's membership index; fixed, because a shard's key is derived from it.</summary>
    public const int MembershipShards = 64;

    public static string Programme(string programmeId) => $"programmes/{programmeId}";

    public static string Participant(string programmeId, string participantId) =>
        $"programmes/{programmeId}/participants/{participantId}";

    public static string MembershipShard(string programmeId, int shard) => $"programmes/{programmeId}/membership/{shard}";

    public static int MembershipShardOf(string participantId) => (int)(StableHash(participantId) % MembershipShards);

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes and versions (unlike string.GetHashCode).</summary>
    public static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
