using System.Diagnostics.CodeAnalysis;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Builds and parses round names, "programmes/{programme}/rounds/{round}".</summary>
public static class RoundNames
{
    private const string Programmes = "programmes";
    private const string Rounds = "rounds";

    public static string Round(string programmeId, string roundId) => $"{Programmes}/{programmeId}/{Rounds}/{roundId}";

    public static bool TryParse(
        string? name,
        [NotNullWhen(true)] out string? programmeId,
        [NotNullWhen(true)] out string? roundId)
    {
        programmeId = null;
        roundId = null;
        var segments = name?.Split('/');
        if (segments is not [Programmes, var programme, Rounds, var round]
            || !ResourceIds.IsValid(programme) || !ResourceIds.IsValid(round))
        {
            return false;
        }

        programmeId = programme;
        roundId = round;
        return true;
    }
}
