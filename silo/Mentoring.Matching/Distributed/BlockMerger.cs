using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mentoring.Matching.Distributed;

/// <summary>
/// Checks that blocks tile the round exactly and merges them into one candidate graph. Each mentee keeps the best K of
/// the union of its per-slice top Ks, by score descending then mentor index, which is the whole row's top K because every
/// member of the global top K is also in its own slice's top K. Likewise each mentor keeps the best K of the union of
/// its per-batch top Ks, by score descending then mentee index, and the two sides are unioned as in-process.
/// </summary>
internal static class BlockMerger
{
    public static MergedCandidates Merge(IReadOnlyCollection<CandidateBlock> blocks, int menteeCount, int[] capacities, int topK, bool withRanks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var mentorCount = capacities.Length;
        var rows = BlockTiling.Rows(blocks, menteeCount, mentorCount, withRanks);
        var k = Math.Min(topK, Math.Max(1, mentorCount));
        var rules = ExclusionCounter.RuleCount;
        var ruleCounts = new int[menteeCount * rules];
        var kept = new Candidate[menteeCount][];

        Parallel.ForEach(rows, LoopOptions.For(ct), row =>
        {
            var buffer = new List<Candidate>();
            var keys = Array.Empty<long>();
            for (var local = 0; local < row.MenteeCount; local++)
            {
                var mentee = row.MenteeStart + local;
                buffer.Clear();
                foreach (var block in row.Blocks)
                {
                    Collect(block, local, buffer);
                    var counts = block.RuleCounts.AsSpan(local * rules, rules);
                    var total = ruleCounts.AsSpan(mentee * rules, rules);
                    for (var r = 0; r < rules; r++)
                    {
                        total[r] += counts[r];
                    }
                }

                if (keys.Length < buffer.Count)
                {
                    keys = new long[buffer.Count];
                }

                kept[mentee] = Best(CollectionsMarshal.AsSpan(buffer), k, keys);
            }
        });

        var parts = blocks
            .Select(b => (b.Bounds.MentorStart, new MentorCandidates(
                b.MentorSideOffsets,
                b.MentorSideMentees,
                b.MentorSideScores,
                withRanks ? b.MentorSideMenteeRanks! : [],
                withRanks ? b.MentorSideMentorRanks! : [])))
            .ToArray();
        var mentorSide = MentorCandidates.Best(mentorCount, Math.Min(topK, Math.Max(1, menteeCount)), parts, withRanks);
        var graph = CandidateUnion.Of(Graph(kept, capacities, withRanks), mentorSide, withRanks);
        return new MergedCandidates(graph, ruleCounts);
    }

    private static void Collect(CandidateBlock block, int local, List<Candidate> buffer)
    {
        for (var e = block.Offsets[local]; e < block.Offsets[local + 1]; e++)
        {
            buffer.Add(new Candidate(
                block.Mentors[e],
                block.Scores[e],
                block.MenteeRanks?[e] ?? CandidateGraph.Unranked,
                block.MentorRanks?[e] ?? CandidateGraph.Unranked));
        }
    }

    // The best k by score then mentor (a mentor appears once per row, so the keys are distinct), returned by mentor.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Candidate[] Best(Span<Candidate> candidates, int k, long[] keys)
    {
        if (candidates.Length > k)
        {
            var rowKeys = keys.AsSpan(0, candidates.Length);
            for (var i = 0; i < candidates.Length; i++)
            {
                rowKeys[i] = CandidateKeys.Of(candidates[i].Score, candidates[i].Mentor);
            }

            var cut = CandidateKeys.KthSmallest(rowKeys, k);
            var kept = 0;
            foreach (var candidate in candidates)
            {
                if (CandidateKeys.Of(candidate.Score, candidate.Mentor) <= cut)
                {
                    candidates[kept++] = candidate;
                }
            }

            candidates = candidates[..k];
        }

        var best = candidates.ToArray();
        SortByMentor(best);
        return best;
    }

    private static void SortByMentor(Candidate[] candidates)
    {
        if (candidates.Length > 64)
        {
            Array.Sort(candidates, static (x, y) => x.Mentor.CompareTo(y.Mentor));
            return;
        }

        // Insertion sort: a row keeps a few dozen, and a library sort over this struct would start in tier-0 code each round.
        for (var i = 1; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            var j = i - 1;
            while (j >= 0 && candidates[j].Mentor > candidate.Mentor)
            {
                candidates[j + 1] = candidates[j];
                j--;
            }

            candidates[j + 1] = candidate;
        }
    }

    private static CandidateGraph Graph(Candidate[][] kept, int[] capacities, bool withRanks)
    {
        var offsets = new int[kept.Length + 1];
        for (var mentee = 0; mentee < kept.Length; mentee++)
        {
            offsets[mentee + 1] = offsets[mentee] + kept[mentee].Length;
        }

        var edges = offsets[kept.Length];
        var mentors = new int[edges];
        var scores = new float[edges];
        var menteeRanks = withRanks ? new int[edges] : [];
        var mentorRanks = withRanks ? new int[edges] : [];
        for (var mentee = 0; mentee < kept.Length; mentee++)
        {
            var at = offsets[mentee];
            foreach (var c in kept[mentee])
            {
                mentors[at] = c.Mentor;
                scores[at] = c.Score;
                if (withRanks)
                {
                    menteeRanks[at] = c.MenteeRank;
                    mentorRanks[at] = c.MentorRank;
                }

                at++;
            }
        }

        var positive = capacities.Select(c => Math.Max(0, c)).ToArray();
        return new CandidateGraph(kept.Length, positive, offsets, mentors, scores, menteeRanks, mentorRanks);
    }

    private readonly record struct Candidate(int Mentor, float Score, int MenteeRank, int MentorRank);
}
