namespace Mentoring.Abstractions.Matches;

/// <summary>
/// A published match is addressed by its round and its mentee, like the API's resource name. It has no grain of
/// its own: its lifecycle lives in the round's result page that holds it.
/// </summary>
public static class MatchKeys
{
    public static string Match(string programmeId, string roundId, string menteeId) =>
        $"programmes/{programmeId}/rounds/{roundId}/matches/{menteeId}";
}
