using System.Runtime.CompilerServices;

namespace Mentoring.Matching;

/// <summary>
/// Candidates as 64-bit keys that sort best first: score descending, then the lower index. Scores are positive, so
/// their bits order like them. Merging keeps the best K of a few hundred candidates per row, which a selection finds
/// in linear time where a sort takes n log n.
/// </summary>
internal static class CandidateKeys
{
    public static long Of(float score, int index) =>
        ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(score)) << 32) | (uint)index;

    /// <summary>
    /// The <paramref name="k"/>-th smallest key (1-based). Reorders <paramref name="keys"/>; with distinct keys exactly
    /// <paramref name="k"/> of them are at or below the answer.
    /// </summary>
    // Runs once per round over every row, so without this the first round would run it in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long KthSmallest(Span<long> keys, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, keys.Length);
        var target = k - 1;
        var (lo, hi) = (0, keys.Length - 1);
        while (hi - lo >= 16)
        {
            // Median of three as the pivot, then Hoare's partition: [lo, j] <= pivot <= [i, hi], and between them only pivots.
            var mid = lo + ((hi - lo) >> 1);
            Order(keys, lo, mid);
            Order(keys, lo, hi);
            Order(keys, mid, hi);
            var pivot = keys[mid];
            var (i, j) = (lo, hi);
            while (i <= j)
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (keys[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                hi = j;
            }
            else if (target >= i)
            {
                lo = i;
            }
            else
            {
                return keys[target];
            }
        }

        keys[lo..(hi + 1)].Sort();
        return keys[target];
    }

    private static void Order(Span<long> keys, int a, int b)
    {
        if (keys[b] < keys[a])
        {
            (keys[a], keys[b]) = (keys[b], keys[a]);
        }
    }
}
