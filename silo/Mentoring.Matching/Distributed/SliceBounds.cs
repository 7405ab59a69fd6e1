namespace Mentoring.Matching.Distributed;

/// <summary>A rectangle of the round: mentees [MenteeStart, MenteeStart + MenteeCount) against mentors [MentorStart, MentorStart + MentorCount), in index (ordinal id) order.</summary>
public sealed record SliceBounds(int MenteeStart, int MenteeCount, int MentorStart, int MentorCount)
{
    /// <summary>Pairs a worker scores for this slice, for progress reporting.</summary>
    public long Pairs => (long)MenteeCount * MentorCount;
}
