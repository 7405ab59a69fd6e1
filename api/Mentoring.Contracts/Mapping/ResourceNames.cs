using System.Diagnostics.CodeAnalysis;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Builds and parses "programmes/{programme}" and "programmes/{programme}/participants/{participant}".</summary>
public static class ResourceNames
{
    private const string Programmes = "programmes";
    private const string Participants = "participants";

    public static string Programme(string programmeId) => $"{Programmes}/{programmeId}";

    public static string Participant(string programmeId, string participantId) =>
        $"{Programmes}/{programmeId}/{Participants}/{participantId}";

    public static bool TryParseProgramme(string? name, [NotNullWhen(true)] out string? programmeId)
    {
        programmeId = null;
        var segments = name?.Split('/');
        if (segments is not [Programmes, var id] || !ResourceIds.IsValid(id))
        {
            return false;
        }

        programmeId = id;
        return true;
    }

    public static bool TryParseParticipant(
        string? name,
        [NotNullWhen(true)] out string? programmeId,
        [NotNullWhen(true)] out string? participantId)
    {
        programmeId = null;
        participantId = null;
        var segments = name?.Split('/');
        if (segments is not [Programmes, var programme, Participants, var participant]
            || !ResourceIds.IsValid(programme) || !ResourceIds.IsValid(participant))
        {
            return false;
        }

        programmeId = programme;
        participantId = participant;
        return true;
    }
}
