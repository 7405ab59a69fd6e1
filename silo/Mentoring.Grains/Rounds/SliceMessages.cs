using Mentoring.Abstractions.Rounds;
using Mentoring.Matching.Distributed;

namespace Mentoring.Grains.Rounds;

/// <summary>The one mapping between the library's slice and block types and their Orleans wire forms.</summary>
internal static class SliceMessages
{
    public static ScoringSliceMessage ToMessage(this ScoringSlice s) => new(
        s.Header, s.Weights, s.MenteeWords, s.MenteeFields, s.MentorWords, s.MentorFields, s.MentorCapacities,
        s.Competitors, s.ExceptionOffsets, s.ExceptionMentors, s.ExceptionFacts, s.ExceptionEngagement);

    public static ScoringSlice ToSlice(this ScoringSliceMessage m) => new(
        m.Header, m.Weights, m.MenteeWords, m.MenteeFields, m.MentorWords, m.MentorFields, m.MentorCapacities,
        m.Competitors, m.ExceptionOffsets, m.ExceptionMentors, m.ExceptionFacts, m.ExceptionEngagement);

    public static CandidateBlockMessage ToMessage(this CandidateBlock b, string silo) => new(
        [b.Bounds.MenteeStart, b.Bounds.MenteeCount, b.Bounds.MentorStart, b.Bounds.MentorCount],
        b.Offsets, b.Mentors, b.Scores, b.RuleCounts, b.PairsScored, b.MenteeRanks, b.MentorRanks, silo,
        b.MentorSideOffsets, b.MentorSideMentees, b.MentorSideScores, b.MentorSideMenteeRanks, b.MentorSideMentorRanks);

    public static CandidateBlock ToBlock(this CandidateBlockMessage m) => new(
        new SliceBounds(m.Bounds[0], m.Bounds[1], m.Bounds[2], m.Bounds[3]),
        m.Offsets, m.Mentors, m.Scores, m.RuleCounts, m.PairsScored, m.MenteeRanks, m.MentorRanks,
        m.MentorSideOffsets, m.MentorSideMentees, m.MentorSideScores, m.MentorSideMenteeRanks, m.MentorSideMentorRanks);
}
