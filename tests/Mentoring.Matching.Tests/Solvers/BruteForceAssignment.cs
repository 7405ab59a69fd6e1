using Mentoring.Domain;
using Mentoring.Matching.Solvers;

namespace Mentoring.Matching.Tests.Solvers;

/// <summary>Reference for tiny instances: tries every assignment and keeps the best (count first when asked, then objective).</summary>
internal static class BruteForceAssignment
{
    public static (int Count, long ObjectiveUnits) Best(CandidateGraph graph, MatchingPolicy policy)
    {
        var load = new int[graph.MentorCount];
        var best = (Count: 0, Objective: long.MinValue);
        var penalty = policy.FairLoad ? ScoreScale.ToUnits(policy.FairLoadPenalty) : 0;

        void Visit(int mentee, int count, long objective)
        {
            if (mentee == graph.MenteeCount)
            {
                var better = policy.MaximiseMatchCount
                    ? count > best.Count || (count == best.Count && objective > best.Objective)
                    : objective > best.Objective;
                if (better)
                {
                    best = (count, objective);
                }

                return;
            }

            Visit(mentee + 1, count, objective);
            var mentors = graph.MentorsOf(mentee);
            for (var i = 0; i < mentors.Length; i++)
            {
                var mentor = mentors[i];
                if (load[mentor] >= graph.Capacities[mentor])
                {
                    continue;
                }

                load[mentor]++;
                var gain = ScoreScale.ToUnits(graph.ScoresOf(mentee)[i]) - (penalty * load[mentor]);
                Visit(mentee + 1, count + 1, objective + gain);
                load[mentor]--;
            }
        }

        Visit(0, 0, 0);
        return best;
    }
}
