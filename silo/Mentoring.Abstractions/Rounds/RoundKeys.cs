namespace Mentoring.Abstractions.Rounds;

/// <summary>Keys of the round grains, shaped like the API's resource names.</summary>
public static class RoundKeys
{
    public static string Rounds(string programmeId) => $"programmes/{programmeId}/rounds";

    public static string Round(string programmeId, string roundId) => $"programmes/{programmeId}/rounds/{roundId}";

    public static string ResultPage(string programmeId, string roundId, int page) => $"programmes/{programmeId}/rounds/{roundId}/pages/{page}";

    /// <summary>The one grain that counts the rounds running in the cluster.</summary>
    public const string Admission = "rounds/admission";

    public static string Recommendations(string programmeId) => $"programmes/{programmeId}/recommendations";

    public static string WorkItem(string programmeId, string roundId, int item, int attempt) => $"programmes/{programmeId}/rounds/{roundId}/items/{item}.{attempt}";
}
