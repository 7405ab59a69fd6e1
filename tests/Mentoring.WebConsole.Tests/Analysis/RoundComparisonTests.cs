using Mentoring.WebConsole.Rounds;

namespace Mentoring.WebConsole.Tests.Analysis;

/// <summary>Two rounds side by side (no browser, no server): who changes mentor, the figures' deltas, paging.</summary>
public sealed class RoundComparisonTests
{
    private static readonly RoundFigures Before = new(MenteeCount: 4, MatchedCount: 2, MatchRate: 0.5, MeanScore: 0.6);
    private static readonly RoundFigures After = new(MenteeCount: 4, MatchedCount: 3, MatchRate: 0.75, MeanScore: 0.55);

    [Fact]
    public void Lists_each_mentee_whose_mentor_differs_with_unmatched_as_no_mentor_and_leaves_out_the_unchanged()
    {
        var comparison = new RoundComparison(Before, After,
            [("ann", "m1"), ("bob", "m2"), ("cid", "m3")],
            [("ann", "m1"), ("bob", "m3"), ("dee", "m2")]);

        Assert.Equal(
            [new MatchChange("bob", "m2", "m3"), new MatchChange("cid", "m3", null), new MatchChange("dee", null, "m2")],
            comparison.Page(0, 10));
        Assert.Equal(3, comparison.ChangeCount);
    }

    [Fact]
    public void Figures_deltas_are_second_minus_first()
    {
        var comparison = new RoundComparison(Before, After, [], []);

        Assert.Equal(0.25, comparison.MatchRateDelta, 9);
        Assert.Equal(-0.05, comparison.MeanScoreDelta, 9);
        Assert.Equal(0, comparison.ChangeCount);
        Assert.Equal(0, comparison.PageCount(50));
        Assert.Empty(comparison.Page(0, 50));
    }

    [Fact]
    public void Pages_split_the_changes_in_mentee_order_without_gaps_or_repeats()
    {
        var before = Enumerable.Range(0, 7).Select(i => ($"mentee-{i}", "old")).ToList();
        var after = Enumerable.Range(0, 7).Select(i => ($"mentee-{i}", i % 2 == 0 ? "new" : "old")).Reverse().ToList();
        var comparison = new RoundComparison(Before, After, before, after);

        var pages = Enumerable.Range(0, comparison.PageCount(3)).Select(p => comparison.Page(p, 3)).ToList();

        Assert.Equal(2, pages.Count);
        Assert.Equal(["mentee-0", "mentee-2", "mentee-4"], pages[0].Select(c => c.Mentee));
        Assert.Equal(["mentee-6"], pages[1].Select(c => c.Mentee));
        Assert.Empty(comparison.Page(2, 3));
    }

    [Fact]
    public void A_mentee_matched_twice_in_one_round_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RoundComparison(Before, After, [("ann", "m1"), ("ann", "m2")], []));
    }
}
