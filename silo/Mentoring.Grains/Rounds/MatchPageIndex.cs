using System.Collections.Immutable;

namespace Mentoring.Grains.Rounds;

/// <summary>Locates a mentee's page from the first mentee id of each page (pages are in ordinal mentee id order).</summary>
internal static class MatchPageIndex
{
    /// <summary>The last page whose first mentee is not after <paramref name="menteeId"/>, or null before the first page.</summary>
    public static int? Find(ImmutableArray<string> pageFirstMentees, string menteeId)
    {
        var index = pageFirstMentees.BinarySearch(menteeId, StringComparer.Ordinal);
        var page = index >= 0 ? index : ~index - 1;
        return page >= 0 ? page : null;
    }
}
