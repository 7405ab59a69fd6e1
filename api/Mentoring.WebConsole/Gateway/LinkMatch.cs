using Mentoring.Contracts.Mapping;
using Mentoring.Domain.Links;

namespace Mentoring.WebConsole.Gateway;

/// <summary>The match a personal link names, to address the console's requests; the gateway checks the link itself.</summary>
public static class LinkMatch
{
    public static string NameOf(string token) =>
        ParticipantLinkTokens.ReadUnverified(token) is { } link ? MatchNames.Match(link.ProgrammeId, link.RoundId, link.MenteeId) : "";
}
