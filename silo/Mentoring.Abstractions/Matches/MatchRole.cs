namespace Mentoring.Abstractions.Matches;

/// <summary>The side a participant takes in a match, which decides which of its limits a slot counts against.</summary>
[GenerateSerializer]
public enum MatchRole
{
    /// <summary>Counts against the mentor's declared capacity.</summary>
    Mentor = 1,

    /// <summary>A mentee holds at most <see cref="MatchLimits.MenteeActiveMatches"/> active match.</summary>
    Mentee = 2,

    /// <summary>Both sides of a peer round's pair; a peer holds at most <see cref="MatchLimits.PeerActiveMatches"/> active pairing.</summary>
    Peer = 3,
}
