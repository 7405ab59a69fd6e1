namespace Mentoring.Abstractions.Matches;

/// <summary>The answer of a mentor's participant grain to a request for one of its capacity slots.</summary>
[GenerateSerializer]
public enum MatchSlot
{
    /// <summary>The slot is held for the match (also when it already was).</summary>
    Reserved = 1,

    /// <summary>Every slot is taken by other active matches.</summary>
    Full = 2,

    /// <summary>The mentor no longer exists.</summary>
    ParticipantNotFound = 3,
}
