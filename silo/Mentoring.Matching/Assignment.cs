namespace Mentoring.Matching;

/// <summary>The solver's answer: the mentor index for each mentee index, -1 when unmatched.</summary>
public sealed record Assignment(int[] MentorOfMentee)
{
    public const int Unmatched = -1;

    public int MatchedCount
    {
        get
        {
            var count = 0;
            foreach (var mentor in MentorOfMentee)
            {
                if (mentor != Unmatched)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Sum of the chosen edges' scores; a mentor that is not an edge of its mentee is an error.</summary>
    public double TotalScore(CandidateGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var total = 0.0;
        for (var mentee = 0; mentee < MentorOfMentee.Length; mentee++)
        {
            var mentor = MentorOfMentee[mentee];
            if (mentor == Unmatched)
            {
                continue;
            }

            var index = graph.MentorsOf(mentee).BinarySearch(mentor);
            if (index < 0)
            {
                throw new InvalidOperationException($"Mentee {mentee} is assigned mentor {mentor}, which is not one of its candidates.");
            }

            total += graph.ScoresOf(mentee)[index];
        }

        return total;
    }
}
