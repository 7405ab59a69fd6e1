using System.Collections.Immutable;
using CsCheck;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains.Tests.Rounds;

/// <summary>The page index of a round: after any sequence of erasures, every live mentee is found on its page and no entry names an erased id.</summary>
public sealed class MatchPageIndexTests
{
    [Fact]
    public void After_any_erasures_every_live_mentee_is_found_on_its_page_and_no_entry_names_an_erased_one()
    {
        var ids = Gen.Int[0, 9999].Select(i => $"m{i:D4}").HashSet[1, 60];
        var sample = Gen.Select(ids, Gen.Int[1, 6], Gen.Int[0, 1000].Array[0, 60]);
        sample.Sample((set, pageSize, picks) =>
        {
            var sorted = set.Order(StringComparer.Ordinal).ToArray();
            var pages = sorted.Chunk(pageSize).Select(page => page.ToList()).ToList();
            var index = pages.Select(page => page[0]).ToImmutableArray();
            var erased = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pick in picks)
            {
                var victim = sorted[pick % sorted.Length];
                if (!erased.Add(victim))
                {
                    continue;
                }

                var page = pages.FindIndex(p => p.Contains(victim));
                var liveFirst = pages[page].FirstOrDefault(id => !erased.Contains(id));
                index = MatchPageIndex.Without(index, victim, page, liveFirst);
            }

            Assert.Equal(pages.Count, index.Length);
            Assert.DoesNotContain(index, erased.Contains);
            for (var page = 0; page < pages.Count; page++)
            {
                foreach (var id in pages[page].Where(id => !erased.Contains(id)))
                {
                    Assert.Equal(page, MatchPageIndex.Find(index, id));
                }
            }
        });
    }

    [Fact]
    public void An_id_before_the_first_page_has_no_page()
    {
        Assert.Null(MatchPageIndex.Find(["b", "d"], "a"));
        Assert.Equal(1, MatchPageIndex.Find(["b", "d"], "z"));
    }
}
