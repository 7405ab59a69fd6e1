namespace Mentoring.Matching.Solvers;

/// <summary>
/// Hospitals/residents deferred acceptance with mentees proposing: each free mentee proposes down its list;
/// a mentor holds its best mentees up to capacity and releases its worst when a better one arrives.
/// Yields the mentee-optimal stable matching, which does not depend on proposal order.
/// </summary>
internal static class MenteeProposingDeferredAcceptance
{
    private const int CancellationCheckInterval = 1 << 14;

    public static int[] Run(CandidateGraph graph, PreferenceTables tables, CancellationToken ct)
    {
        var offsets = graph.Offsets;
        var mentors = graph.Mentors;
        var capacities = MentorCapacities.Effective(graph);
        var held = new HeldMenteeHeaps(capacities);
        var nextChoice = new int[graph.MenteeCount];
        var proposals = 0;

        for (var first = 0; first < graph.MenteeCount; first++)
        {
            var mentee = first;
            while (mentee >= 0 && nextChoice[mentee] < offsets[mentee + 1] - offsets[mentee])
            {
                if (++proposals % CancellationCheckInterval == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var edge = tables.MenteeOrder[offsets[mentee] + nextChoice[mentee]++];
                var mentor = mentors[edge];
                var position = tables.MentorPosition[edge];
                if (capacities[mentor] == 0)
                {
                    continue;
                }

                if (!held.IsFull(mentor))
                {
                    held.Add(mentor, position);
                    mentee = -1;
                }
                else if (position < held.Worst(mentor))
                {
                    var dropped = held.ReplaceWorst(mentor, position);
                    mentee = tables.MenteeOfEdge[tables.MentorOrder[tables.MentorOffsets[mentor] + dropped]];
                }
            }
        }

        return Collect(graph, tables, held);
    }

    private static int[] Collect(CandidateGraph graph, PreferenceTables tables, HeldMenteeHeaps held)
    {
        var result = new int[graph.MenteeCount];
        Array.Fill(result, Assignment.Unmatched);
        for (var mentor = 0; mentor < graph.MentorCount; mentor++)
        {
            foreach (var position in held.Held(mentor))
            {
                result[tables.MenteeOfEdge[tables.MentorOrder[tables.MentorOffsets[mentor] + position]]] = mentor;
            }
        }

        return result;
    }
}
