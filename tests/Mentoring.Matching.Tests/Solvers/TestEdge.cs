namespace Mentoring.Matching.Tests.Solvers;

/// <summary>One candidate pair for hand-built graphs; ranks default to unranked.</summary>
internal readonly record struct TestEdge(
    int Mentee,
    int Mentor,
    float Score,
    int MenteeRank = CandidateGraph.Unranked,
    int MentorRank = CandidateGraph.Unranked);
