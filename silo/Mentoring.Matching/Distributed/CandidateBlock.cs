namespace Mentoring.Matching.Distributed;

/// <summary>
/// One scored slice. Mentee side: each mentee's best candidates inside the slice's mentor range, CSR by local mentee
/// (<see cref="Offsets"/> has MenteeCount + 1 entries), mentors as global indices ascending within a mentee.
/// Mentor side: each mentor's best mentees inside the slice's mentee batch, CSR by local mentor
/// (<see cref="MentorSideOffsets"/> has MentorCount + 1 entries), mentees as global indices ascending within a mentor.
/// <see cref="RuleCounts"/> is MenteeCount x <see cref="RuleCount"/>, filled only for mentees with no candidate in the slice.
/// Ranks are per edge (per entry on the mentor side) and present only when the slice asked for them.
/// </summary>
public sealed record CandidateBlock(
    SliceBounds Bounds,
    int[] Offsets,
    int[] Mentors,
    float[] Scores,
    int[] RuleCounts,
    long PairsScored,
    int[]? MenteeRanks,
    int[]? MentorRanks,
    int[] MentorSideOffsets,
    int[] MentorSideMentees,
    float[] MentorSideScores,
    int[]? MentorSideMenteeRanks,
    int[]? MentorSideMentorRanks)
{
    /// <summary>Entries per mentee in <see cref="RuleCounts"/>, indexed by <see cref="ExclusionRule"/>.</summary>
    public static int RuleCount => ExclusionCounter.RuleCount;

    /// <summary>Approximate payload of the arrays, to size messages.</summary>
    public long PayloadBytes =>
        4L * (Offsets.Length + Mentors.Length + Scores.Length + RuleCounts.Length + (MenteeRanks?.Length ?? 0) + (MentorRanks?.Length ?? 0)
            + MentorSideOffsets.Length + MentorSideMentees.Length + MentorSideScores.Length
            + (MentorSideMenteeRanks?.Length ?? 0) + (MentorSideMentorRanks?.Length ?? 0));
}
