namespace Mentoring.Matching.Solvers;

/// <summary>
/// Both sides' preference lists over the graph's edges, as flat arrays: per mentee (CSR offsets of the graph)
/// and per mentor (reverse index), each list holding edge ids best first, plus each edge's position in both lists.
/// </summary>
internal sealed class PreferenceTables
{
    private PreferenceTables(int[] menteeOfEdge, int[] menteeOrder, int[] menteePosition, int[] mentorOffsets, int[] mentorOrder, int[] mentorPosition)
    {
        MenteeOfEdge = menteeOfEdge;
        MenteeOrder = menteeOrder;
        MenteePosition = menteePosition;
        MentorOffsets = mentorOffsets;
        MentorOrder = mentorOrder;
        MentorPosition = mentorPosition;
    }

    public int[] MenteeOfEdge { get; }

    /// <summary>Edges grouped by mentee (graph offsets), each group in the mentee's preference order.</summary>
    public int[] MenteeOrder { get; }

    /// <summary>Per edge: its 0-based position in its mentee's list; lower is preferred.</summary>
    public int[] MenteePosition { get; }

    public int[] MentorOffsets { get; }

    /// <summary>Edges grouped by mentor (<see cref="MentorOffsets"/>), each group in the mentor's preference order.</summary>
    public int[] MentorOrder { get; }

    /// <summary>Per edge: its 0-based position in its mentor's list; lower is preferred.</summary>
    public int[] MentorPosition { get; }

    public static PreferenceTables Build(CandidateGraph graph, bool useRanks)
    {
        var scores = graph.Scores.ToArray();
        var mentors = graph.Mentors.ToArray();
        var offsets = graph.Offsets;
        var menteeOfEdge = new int[graph.EdgeCount];
        for (var mentee = 0; mentee < graph.MenteeCount; mentee++)
        {
            menteeOfEdge.AsSpan(offsets[mentee], offsets[mentee + 1] - offsets[mentee]).Fill(mentee);
        }

        var menteeRanks = useRanks ? graph.MenteeRanks.ToArray() : [];
        var menteeOrder = new int[graph.EdgeCount];
        var menteePosition = new int[graph.EdgeCount];
        var byMentee = new PreferenceComparer(menteeRanks, scores, mentors);
        SortGroups(offsets, menteeOrder, menteePosition, byMentee, identityFill: true);

        var mentorOffsets = new int[graph.MentorCount + 1];
        foreach (var mentor in mentors)
        {
            mentorOffsets[mentor + 1]++;
        }

        for (var mentor = 0; mentor < graph.MentorCount; mentor++)
        {
            mentorOffsets[mentor + 1] += mentorOffsets[mentor];
        }

        var mentorOrder = new int[graph.EdgeCount];
        var cursor = mentorOffsets[..^1];
        for (var edge = 0; edge < mentors.Length; edge++)
        {
            mentorOrder[cursor[mentors[edge]]++] = edge;
        }

        var mentorRanks = useRanks ? graph.MentorRanks.ToArray() : [];
        var mentorPosition = new int[graph.EdgeCount];
        var byMentor = new PreferenceComparer(mentorRanks, scores, menteeOfEdge);
        SortGroups(mentorOffsets, mentorOrder, mentorPosition, byMentor, identityFill: false);
        return new PreferenceTables(menteeOfEdge, menteeOrder, menteePosition, mentorOffsets, mentorOrder, mentorPosition);
    }

    private static void SortGroups(ReadOnlySpan<int> offsets, int[] order, int[] position, PreferenceComparer comparer, bool identityFill)
    {
        for (var group = 0; group + 1 < offsets.Length; group++)
        {
            var start = offsets[group];
            var span = order.AsSpan(start, offsets[group + 1] - start);
            if (identityFill)
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = start + i;
                }
            }

            span.Sort(comparer);
            for (var i = 0; i < span.Length; i++)
            {
                position[span[i]] = i;
            }
        }
    }
}
