namespace Mentoring.Abstractions.Matches;

/// <summary>Groupings of <see cref="MatchState"/> that rounds and the capacity rules share.</summary>
public static class MatchStates
{
    /// <summary>Still holds (or may come to hold) the mentee and a mentor slot: proposed, accepted or active.</summary>
    public static bool IsOpen(this MatchState state) =>
        state is MatchState.Proposed or MatchState.AcceptedByMentee or MatchState.AcceptedByMentor or MatchState.Active;

    /// <summary>Published and not yet answered by both sides: proposed, or accepted by one side only.</summary>
    public static bool IsAwaitingAnswer(this MatchState state) =>
        state is MatchState.Proposed or MatchState.AcceptedByMentee or MatchState.AcceptedByMentor;
}
