namespace Mentoring.Matching;

/// <summary>Match rate, score quantiles (linear interpolation between closest ranks) and the mentor load histogram.</summary>
internal static class SummaryMath
{
    public static MatchingSummary Summarise(int menteeCount, int mentorCount, int matched, double[] scores, int[] load, int edges)
    {
        Array.Sort(scores);
        var total = scores.Sum();
        var histogram = new SortedDictionary<int, int>();
        foreach (var count in load)
        {
            histogram[count] = histogram.GetValueOrDefault(count) + 1;
        }

        return new MatchingSummary(
            menteeCount,
            mentorCount,
            matched,
            menteeCount == 0 ? 0 : (double)matched / menteeCount,
            total,
            scores.Length == 0 ? 0 : total / scores.Length,
            Quantile(scores, 0.1),
            Quantile(scores, 0.5),
            Quantile(scores, 0.9),
            histogram,
            edges);
    }

    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
