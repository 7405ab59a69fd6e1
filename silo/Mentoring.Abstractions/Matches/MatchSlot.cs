namespace Mentoring.Abstractions.Matches;

/// <summary>The answer of a participant grain to a request for one of its match slots.</summary>
[GenerateSerializer]
public enum MatchSlot
{
    /// <summary>The slot is held for the match (also when it already was).</summary>
    Reserved = 1,

    /// <summary>Every slot of the role is taken by other active matches.</summary>
    Full = 2,

    /// <summary>The participant no longer exists.</summary>
    ParticipantNotFound = 3,
}
