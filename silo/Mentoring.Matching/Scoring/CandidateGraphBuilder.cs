using System.Buffers;

namespace Mentoring.Matching;

/// <summary>Scores every pair of a round in parallel and keeps each mentee's best <c>TopK</c> feasible mentors.</summary>
public static class CandidateGraphBuilder
{
    private const int MenteesPerBlock = 32;

    public static CandidateGraph Build(PairScorer scorer, int topK, bool includeRanks = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topK);
        var menteeCount = scorer.Mentees.Count;
        var mentorCount = scorer.Mentors.Count;
        var k = Math.Min(topK, Math.Max(1, mentorCount));
        var counts = new int[menteeCount];
        var slotMentors = new int[menteeCount * k];
        var slotScores = new float[menteeCount * k];
        var minimum = Math.Max(scorer.Policy.MinimumScore, float.Epsilon);
        var blocks = (menteeCount + MenteesPerBlock - 1) / MenteesPerBlock;
        var options = new ParallelOptions { CancellationToken = ct };

        Parallel.For(
            0,
            blocks,
            options,
            // Pooled: a block's rows are large-object-heap sized, and Parallel.For may start more workers than cores.
            () => (Rows: ArrayPool<float>.Shared.Rent(MenteesPerBlock * mentorCount), Selector: new TopKSelector(k)),
            (block, _, buffers) =>
            {
                var first = block * MenteesPerBlock;
                var count = Math.Min(menteeCount, first + MenteesPerBlock) - first;
                RowKernel.ScoreRows(scorer, first, count, buffers.Rows);
                for (var i = 0; i < count; i++)
                {
                    var mentee = first + i;
                    buffers.Selector.Select(buffers.Rows.AsSpan(i * mentorCount, mentorCount), minimum);
                    counts[mentee] = buffers.Selector.Count;
                    buffers.Selector.CopySorted(slotMentors.AsSpan(mentee * k, k), slotScores.AsSpan(mentee * k, k));
                }

                return buffers;
            },
            static buffers => ArrayPool<float>.Shared.Return(buffers.Rows));

        var offsets = new int[menteeCount + 1];
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            offsets[mentee + 1] = offsets[mentee] + counts[mentee];
        }

        var mentors = new int[offsets[menteeCount]];
        var scores = new float[mentors.Length];
        for (var mentee = 0; mentee < menteeCount; mentee++)
        {
            slotMentors.AsSpan(mentee * k, counts[mentee]).CopyTo(mentors.AsSpan(offsets[mentee]));
            slotScores.AsSpan(mentee * k, counts[mentee]).CopyTo(scores.AsSpan(offsets[mentee]));
        }

        var capacities = scorer.CapacityArray.Select(c => Math.Max(0, c)).ToArray();
        if (!includeRanks)
        {
            return new CandidateGraph(menteeCount, capacities, offsets, mentors, scores);
        }

        var (menteeRanks, mentorRanks) = Ranks(scorer, offsets, mentors);
        return new CandidateGraph(menteeCount, capacities, offsets, mentors, scores, menteeRanks, mentorRanks);
    }

    private static (int[] MenteeRanks, int[] MentorRanks) Ranks(PairScorer scorer, int[] offsets, int[] mentors)
    {
        var menteeRanks = new int[mentors.Length];
        var mentorRanks = new int[mentors.Length];
        for (var mentee = 0; mentee + 1 < offsets.Length; mentee++)
        {
            for (var e = offsets[mentee]; e < offsets[mentee + 1]; e++)
            {
                var found = scorer.Exceptions.TryFind(mentee, mentors[e], out var entry);
                menteeRanks[e] = found ? entry.MenteeRank : CandidateGraph.Unranked;
                mentorRanks[e] = found ? entry.MentorRank : CandidateGraph.Unranked;
            }
        }

        return (menteeRanks, mentorRanks);
    }
}
