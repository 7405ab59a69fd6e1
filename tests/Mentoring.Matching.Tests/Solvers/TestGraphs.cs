using System.Text;
using CsCheck;

namespace Mentoring.Matching.Tests.Solvers;

internal static class TestGraphs
{
    /// <summary>Builds the CSR graph from edges in any order; ranks are attached only when asked for.</summary>
    public static CandidateGraph FromEdges(int menteeCount, int[] capacities, IEnumerable<TestEdge> edges, bool withRanks = false)
    {
        var sorted = edges.OrderBy(e => e.Mentee).ThenBy(e => e.Mentor).ToArray();
        var offsets = new int[menteeCount + 1];
        foreach (var edge in sorted)
        {
            offsets[edge.Mentee + 1]++;
        }

        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            offsets[mentee + 1] += offsets[mentee];
        }

        return new CandidateGraph(
            menteeCount,
            capacities,
            offsets,
            sorted.Select(e => e.Mentor).ToArray(),
            sorted.Select(e => e.Score).ToArray(),
            withRanks ? sorted.Select(e => e.MenteeRank).ToArray() : [],
            withRanks ? sorted.Select(e => e.MentorRank).ToArray() : []);
    }

    public static IEnumerable<TestEdge> EdgesOf(CandidateGraph graph)
    {
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            for (var edge = graph.Offsets[mentee]; edge < graph.Offsets[mentee + 1]; edge++)
            {
                yield return new TestEdge(
                    mentee,
                    graph.Mentors[edge],
                    graph.Scores[edge],
                    graph.MenteeRanks.IsEmpty ? CandidateGraph.Unranked : graph.MenteeRanks[edge],
                    graph.MentorRanks.IsEmpty ? CandidateGraph.Unranked : graph.MentorRanks[edge]);
            }
        }
    }

    /// <summary>
    /// Random small graphs: about 60% of pairs are edges, scores are whole percents (so ties are common),
    /// capacities may be zero, and ranks (when asked for) are small numbers with some unranked pairs.
    /// </summary>
    public static Gen<CandidateGraph> Random(int maxMentees, int maxMentors, int maxCapacity, bool withRanks = false) =>
        from menteeCount in Gen.Int[0, maxMentees]
        from mentorCount in Gen.Int[1, maxMentors]
        from capacities in Gen.Int[0, maxCapacity].Array[mentorCount]
        from cells in Gen.Int[-60, 100].Array[menteeCount * mentorCount]
        from menteeRanks in Gen.Int[0, 4].Array[menteeCount * mentorCount]
        from mentorRanks in Gen.Int[0, 4].Array[menteeCount * mentorCount]
        select FromEdges(
            menteeCount,
            capacities,
            Enumerable.Range(0, menteeCount * mentorCount)
                .Where(cell => cells[cell] > 0)
                .Select(cell => new TestEdge(
                    cell / mentorCount,
                    cell % mentorCount,
                    cells[cell] / 100f,
                    menteeRanks[cell] == 4 ? CandidateGraph.Unranked : menteeRanks[cell],
                    mentorRanks[cell] == 4 ? CandidateGraph.Unranked : mentorRanks[cell])),
            withRanks);

    public static string Describe(CandidateGraph graph)
    {
        var text = new StringBuilder();
        text.Append($"mentees={graph.MenteeCount} capacities=[{string.Join(',', graph.Capacities.ToArray())}] edges=");
        foreach (var edge in EdgesOf(graph))
        {
            text.Append($"({edge.Mentee},{edge.Mentor},{edge.Score},{edge.MenteeRank},{edge.MentorRank}) ");
        }

        return text.ToString();
    }
}
