namespace Mentoring.Abstractions.Matches;

/// <summary>
/// A published match is addressed by its round and its mentee, like the API's resource name. It has no grain of
/// its own: its lifecycle lives in the round's result page that holds it.
/// </summary>
public static class MatchKeys
{
    public static string Match(string programmeId, string roundId, string menteeId) =>
        $"programmes/{programmeId}/rounds/{roundId}/matches/{menteeId}";

    /// <summary>The programme's manual overrides (<see cref="IMatchOverridesGrain"/>).</summary>
    public static string Overrides(string programmeId) => $"programmes/{programmeId}/overrides";

    /// <summary>Rounds made by an override start with this letter; a matching round's id starts with 'r'.</summary>
    public const char OverrideRoundPrefix = 'o';

    public static bool IsOverrideRound(string roundId) => roundId.Length > 0 && roundId[0] == OverrideRoundPrefix;
}
