using Mentoring.Matching;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>Builds the full graph or its top-K pruned version from the same <see cref="SyntheticScores"/>.</summary>
public static class SyntheticGraphs
{
    public static int[] Capacities(int mentorCount, int seed, int min = 1, int max = 6)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, mentorCount).Select(_ => random.Next(min, max + 1)).ToArray();
    }

    public static CandidateGraph Full(SyntheticScores scores, int[] capacities)
    {
        var (n, m) = (scores.MenteeCount, scores.MentorCount);
        var offsets = Enumerable.Range(0, n + 1).Select(i => i * m).ToArray();
        var mentors = new int[n * m];
        var values = new float[n * m];
        Parallel.For(0, n, mentee =>
        {
            for (var mentor = 0; mentor < m; mentor++)
            {
                mentors[(mentee * m) + mentor] = mentor;
                values[(mentee * m) + mentor] = scores.Score(mentee, mentor);
            }
        });
        return new CandidateGraph(n, capacities, offsets, mentors, values);
    }

    /// <summary>Keeps each mentee's K best mentors (score descending, ties by index), stored in ascending mentor order.</summary>
    public static CandidateGraph TopK(SyntheticScores scores, int[] capacities, int k)
    {
        var (n, m) = (scores.MenteeCount, scores.MentorCount);
        k = Math.Min(k, m);
        var offsets = Enumerable.Range(0, n + 1).Select(i => i * k).ToArray();
        var mentors = new int[n * k];
        var values = new float[n * k];
        Parallel.For(0, n, () => new float[m], (mentee, _, row) =>
        {
            for (var mentor = 0; mentor < m; mentor++)
            {
                row[mentor] = scores.Score(mentee, mentor);
            }

            var best = TopIndices(row, k);
            Array.Sort(best);
            for (var i = 0; i < k; i++)
            {
                mentors[(mentee * k) + i] = best[i];
                values[(mentee * k) + i] = row[best[i]];
            }

            return row;
        }, _ => { });
        return new CandidateGraph(n, capacities, offsets, mentors, values);
    }

    /// <summary>
    /// Each mentee's K best mentors plus each mentor's K best mentees: the reverse lists reach mentors that no
    /// mentee ranks highly, which mentee-side pruning alone leaves unused when a few mentors are popular.
    /// </summary>
    public static CandidateGraph TopKBothSides(SyntheticScores scores, int[] capacities, int k)
    {
        var (n, m) = (scores.MenteeCount, scores.MentorCount);
        var kept = new HashSet<int>[n];
        var menteeSide = TopK(scores, capacities, k);
        for (var mentee = 0; mentee < n; mentee++)
        {
            kept[mentee] = [.. menteeSide.MentorsOf(mentee).ToArray()];
        }

        var column = new float[n];
        for (var mentor = 0; mentor < m; mentor++)
        {
            for (var mentee = 0; mentee < n; mentee++)
            {
                column[mentee] = scores.Score(mentee, mentor);
            }

            foreach (var mentee in TopIndices(column, Math.Min(k, n)))
            {
                kept[mentee].Add(mentor);
            }
        }

        var offsets = new int[n + 1];
        var mentors = new List<int>();
        var values = new List<float>();
        for (var mentee = 0; mentee < n; mentee++)
        {
            foreach (var mentor in kept[mentee].Order())
            {
                mentors.Add(mentor);
                values.Add(scores.Score(mentee, mentor));
            }

            offsets[mentee + 1] = mentors.Count;
        }

        return new CandidateGraph(n, capacities, offsets, [.. mentors], [.. values]);
    }

    // A size-k min-heap of the best seen so far; the root is the weakest kept candidate.
    internal static int[] TopIndices(float[] row, int k)
    {
        var heap = new int[k];
        var size = 0;
        for (var index = 0; index < row.Length; index++)
        {
            if (size < k)
            {
                heap[size++] = index;
                SiftUp(heap, row, size - 1);
            }
            else if (Better(row, index, heap[0]))
            {
                heap[0] = index;
                SiftDown(heap, row, size);
            }
        }

        return heap;
    }

    private static bool Better(float[] row, int a, int b) => row[a] > row[b] || (row[a] == row[b] && a < b);

    private static void SiftUp(int[] heap, float[] row, int child)
    {
        while (child > 0 && Better(row, heap[(child - 1) / 2], heap[child]))
        {
            (heap[child], heap[(child - 1) / 2]) = (heap[(child - 1) / 2], heap[child]);
            child = (child - 1) / 2;
        }
    }

    private static void SiftDown(int[] heap, float[] row, int size)
    {
        var parent = 0;
        while (true)
        {
            var weakest = parent;
            foreach (var child in (ReadOnlySpan<int>)[(2 * parent) + 1, (2 * parent) + 2])
            {
                if (child < size && Better(row, heap[weakest], heap[child]))
                {
                    weakest = child;
                }
            }

            if (weakest == parent)
            {
                return;
            }

            (heap[parent], heap[weakest]) = (heap[weakest], heap[parent]);
            parent = weakest;
        }
    }
}
