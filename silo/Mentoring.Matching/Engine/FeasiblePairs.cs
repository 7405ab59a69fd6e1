namespace Mentoring.Matching;

/// <summary>The optional dump of every feasible pair's score, in (mentee, mentor) index order.</summary>
internal static class FeasiblePairs
{
    public static IReadOnlyList<PairScore> All(PairScorer scorer, CancellationToken ct)
    {
        var result = new List<PairScore>();
        var row = new float[scorer.Mentors.Count];
        var minimum = Math.Max(scorer.Policy.MinimumScore, float.Epsilon);
        for (var mentee = 0; mentee < scorer.Mentees.Count; mentee++)
        {
            ct.ThrowIfCancellationRequested();
            RowKernel.ScoreRow(scorer, mentee, row);
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                if (row[mentor] >= minimum)
                {
                    result.Add(new PairScore(scorer.Mentees.Participants[mentee].Id, scorer.Mentors.Participants[mentor].Id, row[mentor]));
                }
            }
        }

        return result;
    }
}
