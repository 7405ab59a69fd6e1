using Mentoring.Contracts.V1;

namespace Mentoring.WebConsole.Rounds;

/// <summary>The columns of the matches board: every lifecycle state, in the order a match moves through them.</summary>
public static class MatchBoard
{
    public static IReadOnlyList<MatchState> Columns { get; } =
    [
        MatchState.Proposed, MatchState.AcceptedByMentee, MatchState.AcceptedByMentor, MatchState.Active, MatchState.Declined, MatchState.Ended,
    ];

    /// <summary>The matches of each column, in the order given.</summary>
    public static ILookup<MatchState, Match> Group(IEnumerable<Match> matches) => matches.ToLookup(m => m.State);
}
