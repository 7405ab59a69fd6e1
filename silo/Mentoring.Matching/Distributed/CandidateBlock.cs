namespace Mentoring.Matching.Distributed;

/// <summary>
/// One scored slice: each mentee's best candidates inside the slice's mentor range, CSR by local mentee
/// (<see cref="Offsets"/> has MenteeCount + 1 entries), mentors as global indices ascending within a mentee.
/// <see cref="RuleCounts"/> is MenteeCount x <see cref="RuleCount"/>, filled only for mentees with no candidate in the slice.
/// Ranks are per edge and present only when the slice asked for them.
/// </summary>
public sealed record CandidateBlock(
    SliceBounds Bounds,
    int[] Offsets,
    int[] Mentors,
    float[] Scores,
    int[] RuleCounts,
    long PairsScored,
    int[]? MenteeRanks,
    int[]? MentorRanks)
{
    /// <summary>Entries per mentee in <see cref="RuleCounts"/>, indexed by <see cref="ExclusionRule"/>.</summary>
    public static int RuleCount => ExclusionCounter.RuleCount;

    /// <summary>Approximate payload of the arrays, to size messages.</summary>
    public long PayloadBytes =>
        4L * (Offsets.Length + Mentors.Length + Scores.Length + RuleCounts.Length + (MenteeRanks?.Length ?? 0) + (MentorRanks?.Length ?? 0));
}
