namespace Mentoring.Abstractions.Matches;

/// <summary>The outcome of a lifecycle call and the match afterwards (null when not found).</summary>
[GenerateSerializer, Immutable]
public sealed record MatchChange(
    [property: Id(0)] MatchChangeStatus Status,
    [property: Id(1)] MatchSnapshot? Match,
    [property: Id(2)] string? Message = null);

/// <summary>What a lifecycle call did, or why it did nothing. The gateway maps each to a gRPC status.</summary>
[GenerateSerializer]
public enum MatchChangeStatus
{
    Changed = 1,

    /// <summary>The call repeated one already applied: nothing changed.</summary>
    Unchanged = 2,
    NotFound = 3,

    /// <summary>The caller named a participant who is neither the mentee nor the mentor of the match.</summary>
    NotAParty = 4,

    /// <summary>The match's state does not allow the call (e.g. accepting a declined match).</summary>
    IllegalTransition = 5,
}
