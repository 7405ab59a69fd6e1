namespace Mentoring.Matching.Tests.Support;

/// <summary>
/// The candidate graph's definition computed the slow way from whole rows: each mentee's best K feasible mentors
/// (ties to the lower mentor) unioned with each mentor's best K feasible mentees (ties to the lower mentee).
/// </summary>
public static class UnionDefinition
{
    public static float[][] Rows(PairScorer scorer)
    {
        var rows = new float[scorer.Mentees.Count][];
        for (var mentee = 0; mentee < rows.Length; mentee++)
        {
            rows[mentee] = new float[scorer.Mentors.Count];
            RowKernel.ScoreRow(scorer, mentee, rows[mentee]);
        }

        return rows;
    }

    public static HashSet<(int Mentee, int Mentor)> MenteeSide(float[][] rows, float minimum, int k) =>
        [.. rows.SelectMany((row, mentee) => row
            .Select((score, mentor) => (Score: score, Mentor: mentor))
            .Where(x => x.Score >= minimum)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Mentor)
            .Take(k)
            .Select(x => (mentee, x.Mentor)))];

    public static HashSet<(int Mentee, int Mentor)> MentorSide(float[][] rows, int mentorCount, float minimum, int k) =>
        [.. Enumerable.Range(0, mentorCount).SelectMany(mentor => rows
            .Select((row, mentee) => (Score: row[mentor], Mentee: mentee))
            .Where(x => x.Score >= minimum)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Mentee)
            .Take(k)
            .Select(x => (x.Mentee, mentor)))];

    /// <summary>Asserts the graph holds exactly the union, mentors ascending per mentee, each score bit-equal to its row's.</summary>
    public static void AssertGraph(CandidateGraph graph, PairScorer scorer, int k)
    {
        var rows = Rows(scorer);
        var minimum = Math.Max(scorer.Policy.MinimumScore, float.Epsilon);
        var menteeSide = MenteeSide(rows, minimum, k);
        var mentorSide = MentorSide(rows, scorer.Mentors.Count, minimum, k);
        var edges = new HashSet<(int, int)>();
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            var mentors = graph.MentorsOf(mentee).ToArray();
            var scores = graph.ScoresOf(mentee).ToArray();
            Assert.Equal(mentors.Order(), mentors);
            for (var i = 0; i < mentors.Length; i++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(rows[mentee][mentors[i]]), BitConverter.SingleToInt32Bits(scores[i]));
                edges.Add((mentee, mentors[i]));
            }
        }

        Assert.Subset(edges, menteeSide);
        Assert.Subset(edges, mentorSide);
        Assert.Equal(edges.Count, menteeSide.Union(mentorSide).Count());
    }
}
