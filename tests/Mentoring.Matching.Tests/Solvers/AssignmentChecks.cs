using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

internal static class AssignmentChecks
{
    /// <summary>Asserts one entry per mentee, only graph edges, and no mentor above its capacity.</summary>
    public static void AssertFeasible(CandidateGraph graph, Assignment assignment)
    {
        Assert.Equal(graph.MenteeCount, assignment.MentorOfMentee.Length);
        var load = Loads(graph, assignment);
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            var mentor = assignment.MentorOfMentee[mentee];
            if (mentor != Assignment.Unmatched)
            {
                Assert.True(graph.MentorsOf(mentee).BinarySearch(mentor) >= 0, $"mentee {mentee} -> mentor {mentor} is not an edge");
            }
        }

        for (var mentor = 0; mentor < graph.MentorCount; mentor++)
        {
            Assert.True(load[mentor] <= Math.Max(0, graph.Capacities[mentor]), $"mentor {mentor} holds {load[mentor]} > {graph.Capacities[mentor]}");
        }
    }

    public static int[] Loads(CandidateGraph graph, Assignment assignment)
    {
        var load = new int[graph.MentorCount];
        foreach (var mentor in assignment.MentorOfMentee)
        {
            if (mentor != Assignment.Unmatched)
            {
                load[mentor]++;
            }
        }

        return load;
    }

    /// <summary>The optimal solver's secondary objective in integer micro-points: scores minus fair-load penalties.</summary>
    public static long ObjectiveUnits(CandidateGraph graph, Assignment assignment, MatchingPolicy policy)
    {
        long total = 0;
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            var mentor = assignment.MentorOfMentee[mentee];
            if (mentor != Assignment.Unmatched)
            {
                total += ScoreScale.ToUnits(graph.ScoresOf(mentee)[graph.MentorsOf(mentee).BinarySearch(mentor)]);
            }
        }

        return total - FairLoadPenaltyUnits(Loads(graph, assignment), policy);
    }

    public static long FairLoadPenaltyUnits(int[] loads, MatchingPolicy policy)
    {
        if (!policy.FairLoad)
        {
            return 0;
        }

        var penalty = ScoreScale.ToUnits(policy.FairLoadPenalty);
        return loads.Sum(load => penalty * load * (load + 1L) / 2);
    }
}
