using System.Collections.Immutable;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// Locates a mentee's page from the first mentee id of each page (pages are in ordinal mentee id order). Erasure
/// replaces an erased first id with a live one from its page, or, when a page has none left, with the next page's
/// entry; equal neighbouring entries are therefore allowed, and a search lands on the last of them.
/// </summary>
internal static class MatchPageIndex
{
    /// <summary>Stands for a page with no live mentee at the end of the index: after every valid id.</summary>
    public const string AfterEveryId = "\uffff";

    /// <summary>The last page whose first mentee is not after <paramref name="menteeId"/>, or null before the first page.</summary>
    public static int? Find(ImmutableArray<string> pageFirstMentees, string menteeId)
    {
        // Upper bound: the first entry after the id; the page before it is the one.
        var (low, high) = (0, pageFirstMentees.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(pageFirstMentees[middle], menteeId) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 ? low - 1 : null;
    }

    /// <summary>
    /// The index without <paramref name="erasedId"/>, whose match was on <paramref name="page"/>: that page's entry
    /// becomes <paramref name="liveFirstOnPage"/> (the first live mentee left there), else the entry after it. Only
    /// pages without a live mentee copy the next entry, so every other entry naming the id sits just before
    /// <paramref name="page"/>; walking backwards makes them follow along.
    /// </summary>
    public static ImmutableArray<string> Without(ImmutableArray<string> pageFirstMentees, string erasedId, int page, string? liveFirstOnPage)
    {
        if (!pageFirstMentees.Contains(erasedId))
        {
            return pageFirstMentees;
        }

        var entries = pageFirstMentees.ToArray();
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i] == erasedId)
            {
                entries[i] = (i == page ? liveFirstOnPage : null) ?? (i + 1 < entries.Length ? entries[i + 1] : AfterEveryId);
            }
        }

        return [.. entries];
    }
}
