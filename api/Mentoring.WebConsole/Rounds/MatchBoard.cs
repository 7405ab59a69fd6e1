using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Gateway;

namespace Mentoring.WebConsole.Rounds;

/// <summary>The columns of the matches board: every lifecycle state, in the order a match moves through them.</summary>
public static class MatchBoard
{
    public static IReadOnlyList<MatchState> Columns { get; } =
    [
        MatchState.Proposed, MatchState.AcceptedByMentee, MatchState.AcceptedByMentor, MatchState.Active, MatchState.Declined, MatchState.Ended,
    ];

    /// <summary>ListMatches' parent for every published round and manual override of the programme (AIP-159).</summary>
    public static string AllRounds(string programmeId) => $"programmes/{programmeId}/rounds/-";

    /// <summary>The matches of each column, in the order given.</summary>
    public static ILookup<MatchState, Match> Group(IEnumerable<Match> matches) => matches.ToLookup(m => m.State);

    /// <summary>A match that may still be swapped: not declined and not ended.</summary>
    public static bool IsOpen(Match match) => match.State is MatchState.Proposed or MatchState.AcceptedByMentee or MatchState.AcceptedByMentor or MatchState.Active;

    /// <summary>"mentee ↔ mentor", as on the board.</summary>
    public static string Pair(Match match) => $"{ResourceId.Last(match.Mentee)} ↔ {ResourceId.Last(match.Mentor)}";
}
