namespace Mentoring.Abstractions.Matches;

/// <summary>How many active matches a participant may hold in each role besides a mentor's declared capacity.</summary>
public static class MatchLimits
{
    /// <summary>A mentee has one mentor at a time in a programme.</summary>
    public const int MenteeActiveMatches = 1;

    /// <summary>A peer round pairs each peer once, so a peer holds one active pairing at a time.</summary>
    public const int PeerActiveMatches = 1;
}
