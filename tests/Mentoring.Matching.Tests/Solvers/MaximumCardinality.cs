namespace Mentoring.Matching.Tests.Solvers;

/// <summary>Reference maximum number of matched mentees under capacities, by augmenting paths (Kuhn's algorithm).</summary>
internal static class MaximumCardinality
{
    public static int Of(CandidateGraph graph)
    {
        var held = Enumerable.Range(0, graph.MentorCount).Select(_ => new List<int>()).ToArray();
        var count = 0;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            if (TryPlace(graph, mentee, held, new bool[graph.MentorCount]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryPlace(CandidateGraph graph, int mentee, List<int>[] held, bool[] visited)
    {
        foreach (var mentor in graph.MentorsOf(mentee))
        {
            if (visited[mentor] || graph.Capacities[mentor] <= 0)
            {
                continue;
            }

            visited[mentor] = true;
            if (held[mentor].Count < graph.Capacities[mentor])
            {
                held[mentor].Add(mentee);
                return true;
            }

            for (var i = 0; i < held[mentor].Count; i++)
            {
                if (TryPlace(graph, held[mentor][i], held, visited))
                {
                    held[mentor][i] = mentee;
                    return true;
                }
            }
        }

        return false;
    }
}
