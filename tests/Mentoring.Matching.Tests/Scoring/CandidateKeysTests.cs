using CsCheck;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class CandidateKeysTests
{
    [Fact]
    public void The_kth_smallest_is_what_a_sort_puts_at_position_k()
    {
        // Lengths on both sides of the small-range cut-off (16), duplicates included, any k in range.
        Gen.Long[-50, 50].Array[1, 300].SelectMany(keys => Gen.Int[1, keys.Length].Select(k => (keys, k))).Sample(sample =>
        {
            var (keys, k) = sample;
            var sorted = keys.Order().ToArray();

            var kth = CandidateKeys.KthSmallest(keys.ToArray(), k);

            Assert.Equal(sorted[k - 1], kth);
        }, iter: 2_000);
    }

    [Fact]
    public void Keys_order_candidates_by_score_descending_then_by_the_lower_index()
    {
        Gen.Select(Gen.Float[1e-6f, 1e3f], Gen.Int[0, 1_000_000], Gen.Float[1e-6f, 1e3f], Gen.Int[0, 1_000_000]).Sample((s1, i1, s2, i2) =>
        {
            var expected = s1 != s2 ? s2.CompareTo(s1) : i1.CompareTo(i2);

            Assert.Equal(Math.Sign(expected), Math.Sign(CandidateKeys.Of(s1, i1).CompareTo(CandidateKeys.Of(s2, i2))));
        }, iter: 5_000);
    }

    [Fact]
    public void A_k_outside_the_keys_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CandidateKeys.KthSmallest(new long[3], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CandidateKeys.KthSmallest(new long[3], 4));
    }
}
