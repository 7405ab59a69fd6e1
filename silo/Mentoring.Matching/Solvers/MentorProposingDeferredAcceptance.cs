namespace Mentoring.Matching.Solvers;

/// <summary>
/// Hospitals/residents deferred acceptance with mentors proposing: a mentor with free capacity proposes down
/// its list; a mentee holds its best offer and releases the previous one, which frees a slot of that mentor.
/// Yields the mentor-optimal stable matching.
/// </summary>
internal static class MentorProposingDeferredAcceptance
{
    private const int CancellationCheckInterval = 1 << 14;

    public static int[] Run(CandidateGraph graph, PreferenceTables tables, CancellationToken ct)
    {
        var mentors = graph.Mentors;
        var freeSlots = MentorCapacities.Effective(graph);
        var nextChoice = new int[graph.MentorCount];
        var heldEdge = new int[graph.MenteeCount];
        Array.Fill(heldEdge, -1);

        // Each push is either a mentor's first turn or follows a release, and releases are at most one per edge.
        var pending = new Stack<int>(graph.MentorCount);
        for (var mentor = graph.MentorCount - 1; mentor >= 0; mentor--)
        {
            pending.Push(mentor);
        }

        var proposals = 0;
        while (pending.TryPop(out var mentor))
        {
            var listStart = tables.MentorOffsets[mentor];
            var listLength = tables.MentorOffsets[mentor + 1] - listStart;
            while (freeSlots[mentor] > 0 && nextChoice[mentor] < listLength)
            {
                if (++proposals % CancellationCheckInterval == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var edge = tables.MentorOrder[listStart + nextChoice[mentor]++];
                var mentee = tables.MenteeOfEdge[edge];
                var current = heldEdge[mentee];
                if (current >= 0 && tables.MenteePosition[current] <= tables.MenteePosition[edge])
                {
                    continue;
                }

                if (current >= 0)
                {
                    freeSlots[mentors[current]]++;
                    pending.Push(mentors[current]);
                }

                heldEdge[mentee] = edge;
                freeSlots[mentor]--;
            }
        }

        var result = new int[graph.MenteeCount];
        for (var mentee = 0; mentee < result.Length; mentee++)
        {
            result[mentee] = heldEdge[mentee] >= 0 ? mentors[heldEdge[mentee]] : Assignment.Unmatched;
        }

        return result;
    }
}
