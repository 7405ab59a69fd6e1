namespace Mentoring.Matching.Tests.Distributed;

/// <summary>Field-by-field equality of two results, scores compared bit for bit; timings are ignored.</summary>
public static class ResultAssert
{
    public static void Same(MatchingResult expected, MatchingResult actual)
    {
        Assert.Equal(expected.Matches.Count, actual.Matches.Count);
        for (var i = 0; i < expected.Matches.Count; i++)
        {
            var (e, a) = (expected.Matches[i], actual.Matches[i]);
            Assert.Equal((e.MenteeId, e.MentorId), (a.MenteeId, a.MentorId));
            Assert.Equal(Bits(e.Score), Bits(a.Score));
            Assert.Equal(e.Breakdown.OrderBy(x => x.Key).Select(x => (x.Key, Bits(x.Value))), a.Breakdown.OrderBy(x => x.Key).Select(x => (x.Key, Bits(x.Value))));
            Assert.Equal(e.Reasons, a.Reasons);
        }

        Assert.Equal(expected.Unmatched, actual.Unmatched);
        var (s, t) = (expected.Summary, actual.Summary);
        Assert.Equal((s.MenteeCount, s.MentorCount, s.MatchedCount, s.CandidateEdges), (t.MenteeCount, t.MentorCount, t.MatchedCount, t.CandidateEdges));
        Assert.Equal(new[] { s.MatchRate, s.TotalScore, s.MeanScore, s.P10, s.P50, s.P90 }.Select(Bits), new[] { t.MatchRate, t.TotalScore, t.MeanScore, t.P10, t.P50, t.P90 }.Select(Bits));
        Assert.Equal(s.MentorLoadHistogram.OrderBy(x => x.Key), t.MentorLoadHistogram.OrderBy(x => x.Key));
        Assert.Equal(expected.FeasiblePairs, actual.FeasiblePairs);
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
