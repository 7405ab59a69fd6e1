namespace Mentoring.Synthetic;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few items are very popular, most are rare.</summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index >= 0 ? index : ~index, _cumulative.Length - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct ranks, most popular more likely; gives up after a bounded number of draws.</summary>
    public int[] Distinct(Random random, int count)
    {
        var chosen = new List<int>(count);
        for (var attempt = 0; chosen.Count < Math.Min(count, Count) && attempt < count * 20; attempt++)
        {
            var rank = Next(random);
            if (!chosen.Contains(rank))
            {
                chosen.Add(rank);
            }
        }

        return [.. chosen];
    }
}
