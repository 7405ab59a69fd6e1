using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Support;

/// <summary>A trivially correct solver so engine tests do not depend on the real solvers: best edges first, ties by index.</summary>
public sealed class GreedySolver : IAssignmentSolver
{
    public Assignment Solve(CandidateGraph graph, MatchingPolicy policy, CancellationToken ct)
    {
        var edges = new List<(float Score, int Mentee, int Mentor)>();
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            var mentors = graph.MentorsOf(mentee);
            var scores = graph.ScoresOf(mentee);
            for (var i = 0; i < mentors.Length; i++)
            {
                edges.Add((scores[i], mentee, mentors[i]));
            }
        }

        var left = graph.Capacities.ToArray();
        var result = Enumerable.Repeat(Assignment.Unmatched, graph.MenteeCount).ToArray();
        foreach (var (_, mentee, mentor) in edges.OrderByDescending(e => e.Score).ThenBy(e => e.Mentee).ThenBy(e => e.Mentor))
        {
            if (result[mentee] == Assignment.Unmatched && left[mentor] > 0)
            {
                result[mentee] = mentor;
                left[mentor]--;
            }
        }

        return new Assignment(result);
    }
}
