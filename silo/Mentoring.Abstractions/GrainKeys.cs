namespace Mentoring.Abstractions;

/// <summary>
/// Grain keys are the resource names of the API, so they are never all digits
/// (the ADO.NET provider would otherwise read them as integer keys).
/// </summary>
public static class GrainKeys
{
    public const string ProgrammeDirectory = "programmes";

    /// <summary>Shards of a programme's membership index; fixed, because a shard's key is derived from it.</summary>
    public const int MembershipShards = 64;

    public static string Programme(string programmeId) => $"programmes/{programmeId}";

    public static string Participant(string programmeId, string participantId) =>
        $"programmes/{programmeId}/participants/{participantId}";

    public static string MembershipShard(string programmeId, int shard) => $"programmes/{programmeId}/membership/{shard}";

    /// <summary>Stable across processes and versions (unlike string.GetHashCode).</summary>
    public static int MembershipShardOf(string participantId)
    {
        var hash = 2166136261u;
        foreach (var c in participantId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % MembershipShards);
    }
}
