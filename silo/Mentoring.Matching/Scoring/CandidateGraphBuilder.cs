using System.Buffers;
using System.Collections.Concurrent;

namespace Mentoring.Matching;

/// <summary>
/// Scores every pair of a round in parallel and keeps the union of each mentee's best <c>TopK</c> feasible mentors and
/// each mentor's best <c>TopK</c> feasible mentees (ties to the lower index on either side).
/// </summary>
public static class CandidateGraphBuilder
{
    private const int MenteesPerBlock = 32;

    public static CandidateGraph Build(PairScorer scorer, int topK, bool includeRanks = false, CancellationToken ct = default)
    {
        var (menteeSide, mentorSide) = BuildSides(scorer, topK, includeRanks, ct);
        return CandidateUnion.Of(menteeSide, mentorSide, includeRanks);
    }

    /// <summary>Both halves of the graph apart: each mentee's top K (CSR by mentee) and each mentor's top K (CSR by mentor).</summary>
    internal static (CandidateGraph MenteeSide, MentorCandidates MentorSide) BuildSides(PairScorer scorer, int topK, bool includeRanks, CancellationToken ct)
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
        var options = LoopOptions.For(ct);
        var mentorK = Math.Min(topK, Math.Max(1, menteeCount));

        // Parallel.For may run many short-lived workers; parking their mentor-side selectors here bounds them to the
        // peak concurrency. Which rows a selector saw does not matter: the merge below orders every tie explicitly.
        var parked = new ConcurrentBag<MentorSideSelector>();
        var selectors = new ConcurrentQueue<MentorSideSelector>();

        Parallel.For(
            0,
            blocks,
            options,
            // Pooled: a block's rows are large-object-heap sized, and Parallel.For may start more workers than cores.
            () => (
                Rows: ArrayPool<float>.Shared.Rent(MenteesPerBlock * mentorCount),
                Selector: new TopKSelector(k),
                MentorSide: parked.TryTake(out var reused) ? reused : NewSelector(selectors, mentorCount, mentorK, minimum)),
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
                    buffers.MentorSide.Offer(buffers.Rows.AsSpan(i * mentorCount, mentorCount), mentee);
                }

                return buffers;
            },
            buffers =>
            {
                ArrayPool<float>.Shared.Return(buffers.Rows);
                parked.Add(buffers.MentorSide);
            });

        var parts = selectors.Select(s => (0, s.ToCandidates())).ToArray();
        var mentorSide = MentorCandidates.Best(mentorCount, mentorK, parts, withRanks: false);

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
            return (new CandidateGraph(menteeCount, capacities, offsets, mentors, scores), mentorSide);
        }

        var (menteeRanks, mentorRanks) = Ranks(scorer, offsets, mentors);
        var (mentorSideMenteeRanks, mentorSideMentorRanks) = MentorSideRanks(scorer, mentorSide);
        return (
            new CandidateGraph(menteeCount, capacities, offsets, mentors, scores, menteeRanks, mentorRanks),
            mentorSide with { MenteeRanks = mentorSideMenteeRanks, MentorRanks = mentorSideMentorRanks });
    }

    private static MentorSideSelector NewSelector(ConcurrentQueue<MentorSideSelector> all, int mentorCount, int k, float minimum)
    {
        var selector = new MentorSideSelector(mentorCount, k, minimum);
        all.Enqueue(selector);
        return selector;
    }

    private static (int[] MenteeRanks, int[] MentorRanks) MentorSideRanks(PairScorer scorer, MentorCandidates side)
    {
        var menteeRanks = new int[side.Mentees.Length];
        var mentorRanks = new int[side.Mentees.Length];
        for (var mentor = 0; mentor < side.MentorCount; mentor++)
        {
            for (var e = side.Offsets[mentor]; e < side.Offsets[mentor + 1]; e++)
            {
                var found = scorer.Exceptions.TryFind(side.Mentees[e], mentor, out var entry);
                menteeRanks[e] = found ? entry.MenteeRank : CandidateGraph.Unranked;
                mentorRanks[e] = found ? entry.MentorRank : CandidateGraph.Unranked;
            }
        }

        return (menteeRanks, mentorRanks);
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
