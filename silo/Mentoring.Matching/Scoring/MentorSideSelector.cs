using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Mentoring.Matching;

/// <summary>
/// Keeps, for every mentor, the best K (score, mentee) candidates among the rows offered to it. Rows may arrive in any
/// mentee order (one selector serves whichever blocks its worker runs), so equal scores are ordered by mentee index
/// explicitly: the kept set is the same whatever the order of the rows.
/// </summary>
internal sealed class MentorSideSelector
{
    private readonly int _k;
    private readonly int _mentorCount;
    private readonly float[] _scores;
    private readonly int[] _mentees;
    private readonly int[] _counts;

    // Per mentor, the lowest score that might still enter: the minimum until the heap fills, then the heap root's score.
    private readonly float[] _thresholds;

    public MentorSideSelector(int mentorCount, int k, float minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _k = k;
        _mentorCount = mentorCount;
        _scores = new float[mentorCount * k];
        _mentees = new int[mentorCount * k];
        _counts = new int[mentorCount];
        _thresholds = new float[mentorCount];
        _thresholds.AsSpan().Fill(minimum);
    }

    /// <summary>Offers one mentee's scored row (one score per mentor) to every mentor's heap.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(ReadOnlySpan<float> row, int mentee)
    {
        var mentor = 0;
        ref var scores = ref MemoryMarshal.GetReference(row);
        ref var thresholds = ref MemoryMarshal.GetArrayDataReference(_thresholds);
        while (mentor < row.Length)
        {
            // Once heaps fill, almost no score reaches its mentor's threshold, so whole vectors are skipped.
            if (Vector256.IsHardwareAccelerated)
            {
                while (mentor + Vector256<float>.Count <= row.Length
                    && !Vector256.GreaterThanOrEqualAny(
                        Vector256.LoadUnsafe(ref scores, (nuint)mentor),
                        Vector256.LoadUnsafe(ref thresholds, (nuint)mentor)))
                {
                    mentor += Vector256<float>.Count;
                }

                if (mentor == row.Length)
                {
                    return;
                }
            }

            var end = Vector256.IsHardwareAccelerated ? Math.Min(row.Length, mentor + Vector256<float>.Count) : row.Length;
            for (; mentor < end; mentor++)
            {
                var score = row[mentor];
                if (score >= _thresholds[mentor])
                {
                    Push(mentor, score, mentee);
                }
            }
        }
    }

    /// <summary>Every kept candidate as a CSR by mentor, in heap order within a mentor (<see cref="MentorCandidates.Best"/> orders them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MentorCandidates ToCandidates()
    {
        var offsets = new int[_mentorCount + 1];
        for (var mentor = 0; mentor < _mentorCount; mentor++)
        {
            offsets[mentor + 1] = offsets[mentor] + _counts[mentor];
        }

        var mentees = new int[offsets[_mentorCount]];
        var scores = new float[mentees.Length];
        for (var mentor = 0; mentor < _mentorCount; mentor++)
        {
            var at = offsets[mentor];
            var count = _counts[mentor];
            _mentees.AsSpan(mentor * _k, count).CopyTo(mentees.AsSpan(at, count));
            _scores.AsSpan(mentor * _k, count).CopyTo(scores.AsSpan(at, count));
        }

        return new MentorCandidates(offsets, mentees, scores);
    }

    // Called hundreds of thousands of times in a round's first seconds, before tiering would promote it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Push(int mentor, float score, int mentee)
    {
        var heapScores = _scores.AsSpan(mentor * _k, _k);
        var heapMentees = _mentees.AsSpan(mentor * _k, _k);
        var count = _counts[mentor];
        if (count < _k)
        {
            heapScores[count] = score;
            heapMentees[count] = mentee;
            _counts[mentor] = ++count;
            SiftUp(heapScores, heapMentees, count - 1);
            if (count == _k)
            {
                _thresholds[mentor] = Math.Max(_thresholds[mentor], heapScores[0]);
            }

            return;
        }

        // Equal to the root only enters with a lower mentee index; the threshold compare above was inclusive for that.
        if (!Worse(heapScores[0], heapMentees[0], score, mentee))
        {
            return;
        }

        heapScores[0] = score;
        heapMentees[0] = mentee;
        SiftDown(heapScores, heapMentees, count, 0);
        _thresholds[mentor] = Math.Max(_thresholds[mentor], heapScores[0]);
    }

    // True when (score a, mentee a) ranks below (score b, mentee b): lower score, then higher mentee index.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Worse(float scoreA, int menteeA, float scoreB, int menteeB) =>
        scoreA < scoreB || (scoreA == scoreB && menteeA > menteeB);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SiftUp(Span<float> scores, Span<int> mentees, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(scores[i], mentees[i], scores[parent], mentees[parent]))
            {
                return;
            }

            Swap(scores, mentees, i, parent);
            i = parent;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SiftDown(Span<float> scores, Span<int> mentees, int count, int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= count)
            {
                return;
            }

            var right = left + 1;
            var worst = right < count && Worse(scores[right], mentees[right], scores[left], mentees[left]) ? right : left;
            if (!Worse(scores[worst], mentees[worst], scores[i], mentees[i]))
            {
                return;
            }

            Swap(scores, mentees, i, worst);
            i = worst;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(Span<float> scores, Span<int> mentees, int i, int j)
    {
        (scores[i], scores[j]) = (scores[j], scores[i]);
        (mentees[i], mentees[j]) = (mentees[j], mentees[i]);
    }
}
