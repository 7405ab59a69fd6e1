namespace Mentoring.Matching.Solvers;

internal static class MentorCapacities
{
    /// <summary>Remaining capacity per mentor, never negative and never above its number of candidate edges.</summary>
    public static int[] Effective(CandidateGraph graph)
    {
        var inDegree = new int[graph.MentorCount];
        foreach (var mentor in graph.Mentors)
        {
            inDegree[mentor]++;
        }

        var capacities = graph.Capacities;
        for (var mentor = 0; mentor < inDegree.Length; mentor++)
        {
            inDegree[mentor] = Math.Min(inDegree[mentor], Math.Max(0, capacities[mentor]));
        }

        return inDegree;
    }
}
