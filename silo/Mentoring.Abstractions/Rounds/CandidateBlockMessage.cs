namespace Mentoring.Abstractions.Rounds;

/// <summary>
/// The wire form of a Mentoring.Matching.Distributed.CandidateBlock (a slice's top-K candidates per mentee and per mentor),
/// plus the silo that computed it, so tests and operators can see where work ran.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CandidateBlockMessage(
    [property: Id(0)] int[] Bounds,
    [property: Id(1)] int[] Offsets,
    [property: Id(2)] int[] Mentors,
    [property: Id(3)] float[] Scores,
    [property: Id(4)] int[] RuleCounts,
    [property: Id(5)] long PairsScored,
    [property: Id(6)] int[]? MenteeRanks,
    [property: Id(7)] int[]? MentorRanks,
    [property: Id(8)] string Silo,
    [property: Id(9)] int[] MentorSideOffsets,
    [property: Id(10)] int[] MentorSideMentees,
    [property: Id(11)] float[] MentorSideScores,
    [property: Id(12)] int[]? MentorSideMenteeRanks,
    [property: Id(13)] int[]? MentorSideMentorRanks);
