using System.Diagnostics.CodeAnalysis;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Builds and parses match names, "programmes/{programme}/rounds/{round}/matches/{match}"; the match id is the mentee's id.</summary>
public static class MatchNames
{
    private const string Programmes = "programmes";
    private const string Rounds = "rounds";
    private const string Matches = "matches";

    public static string Match(string programmeId, string roundId, string menteeId) =>
        $"{Programmes}/{programmeId}/{Rounds}/{roundId}/{Matches}/{menteeId}";

    public static bool TryParse(
        string? name,
        [NotNullWhen(true)] out string? programmeId,
        [NotNullWhen(true)] out string? roundId,
        [NotNullWhen(true)] out string? menteeId)
    {
        programmeId = null;
        roundId = null;
        menteeId = null;
        var segments = name?.Split('/');
        if (segments is not [Programmes, var programme, Rounds, var round, Matches, var mentee]
            || !ResourceIds.IsValid(programme) || !ResourceIds.IsValid(round) || !ResourceIds.IsValid(mentee))
        {
            return false;
        }

        programmeId = programme;
        roundId = round;
        menteeId = mentee;
        return true;
    }
}
