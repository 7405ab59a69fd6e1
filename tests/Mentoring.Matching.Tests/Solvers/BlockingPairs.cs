namespace Mentoring.Matching.Tests.Solvers;

/// <summary>
/// Independent stability check. A pair (mentee, mentor) on a graph edge blocks when the mentee is unmatched or
/// prefers that mentor to its own, and the mentor has a free slot or prefers the mentee to one it holds.
/// Preferences: explicit rank (if used), then score descending, then the other side's index.
/// </summary>
internal static class BlockingPairs
{
    public static List<(int Mentee, int Mentor)> Find(CandidateGraph graph, Assignment assignment, bool useRanks)
    {
        var edges = TestGraphs.EdgesOf(graph).ToArray();
        var assigned = new TestEdge?[graph.MenteeCount];
        foreach (var edge in edges)
        {
            if (assignment.MentorOfMentee[edge.Mentee] == edge.Mentor)
            {
                assigned[edge.Mentee] = edge;
            }
        }

        var held = edges.Where(e => assigned[e.Mentee] == e).GroupBy(e => e.Mentor).ToDictionary(g => g.Key, g => g.ToList());
        var blocking = new List<(int, int)>();
        foreach (var edge in edges)
        {
            if (graph.Capacities[edge.Mentor] <= 0 || assigned[edge.Mentee] == edge)
            {
                continue;
            }

            var current = assigned[edge.Mentee];
            var menteeWants = current is null || MenteePrefers(edge, current.Value, useRanks);
            var holding = held.GetValueOrDefault(edge.Mentor) ?? [];
            var mentorWants = holding.Count < graph.Capacities[edge.Mentor] || holding.Any(h => MentorPrefers(edge, h, useRanks));
            if (menteeWants && mentorWants)
            {
                blocking.Add((edge.Mentee, edge.Mentor));
            }
        }

        return blocking;
    }

    private static bool MenteePrefers(TestEdge a, TestEdge b, bool useRanks) =>
        (useRanks ? a.MenteeRank : 0, -a.Score, a.Mentor).CompareTo((useRanks ? b.MenteeRank : 0, -b.Score, b.Mentor)) < 0;

    private static bool MentorPrefers(TestEdge a, TestEdge b, bool useRanks) =>
        (useRanks ? a.MentorRank : 0, -a.Score, a.Mentee).CompareTo((useRanks ? b.MentorRank : 0, -b.Score, b.Mentee)) < 0;
}
