using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Mentoring.Matching;

/// <summary>
/// Keeps the best K (score, mentor) candidates of a row. Rows are scanned in ascending mentor order, so a later mentor
/// with an equal score never displaces an earlier one: ties go to the lower index, as the graph contract requires.
/// </summary>
internal sealed class TopKSelector
{
    private readonly float[] _scores;
    private readonly int[] _mentors;
    private int _count;

    public TopKSelector(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _scores = new float[k];
        _mentors = new int[k];
    }

    public int Count => _count;

    /// <summary>Selects from a scored row every mentor passing <paramref name="minimum"/> (inclusive), best K kept.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Select(ReadOnlySpan<float> row, float minimum)
    {
        _count = 0;
        var k = _scores.Length;
        var mentor = 0;
        for (; mentor < row.Length && _count < k; mentor++)
        {
            var score = row[mentor];
            if (score >= minimum)
            {
                _scores[_count] = score;
                _mentors[_count] = mentor;
                _count++;
                SiftUp(_count - 1);
            }
        }

        // The heap is full: only a strictly better score can enter, so one compare per mentor suffices, and a vector
        // of mentors none of which beats the threshold is skipped whole (most of a long row once the heap has filled).
        var threshold = Math.Max(_scores[0], minimum);
        ref var first = ref MemoryMarshal.GetReference(row);
        for (; mentor < row.Length; mentor++)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                while (mentor + Vector256<float>.Count <= row.Length
                    && !Vector256.GreaterThanAny(Vector256.LoadUnsafe(ref first, (nuint)mentor), Vector256.Create(threshold)))
                {
                    mentor += Vector256<float>.Count;
                }

                if (mentor == row.Length)
                {
                    break;
                }
            }

            var score = row[mentor];
            if (score > threshold)
            {
                _scores[0] = score;
                _mentors[0] = mentor;
                SiftDown(0);
                threshold = Math.Max(_scores[0], minimum);
            }
        }
    }

    /// <summary>Writes the kept candidates in ascending mentor order.</summary>
    public void CopySorted(Span<int> mentors, Span<float> scores)
    {
        var keys = _mentors.AsSpan(0, _count);
        var values = _scores.AsSpan(0, _count);
        keys.Sort(values);
        keys.CopyTo(mentors);
        values.CopyTo(scores);
    }

    // Root is the worst candidate: lowest score, then highest mentor index.
    private bool Worse(int i, int j) => _scores[i] < _scores[j] || (_scores[i] == _scores[j] && _mentors[i] > _mentors[j]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(i, parent))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _count)
            {
                return;
            }

            var worst = left + 1 < _count && Worse(left + 1, left) ? left + 1 : left;
            if (!Worse(worst, i))
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int i, int j)
    {
        (_scores[i], _scores[j]) = (_scores[j], _scores[i]);
        (_mentors[i], _mentors[j]) = (_mentors[j], _mentors[i]);
    }
}
