using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Api.Services;

/// <summary>
/// The stored pages that hold a programme's matches, in listing order: published rounds oldest first, then manual
/// overrides oldest first (one page each).
/// </summary>
internal static class MatchSources
{
    /// <summary>The pages of one round (or of all when <paramref name="roundId"/> is null); null when that round published no matches.</summary>
    public static async Task<List<(string RoundId, int Page)>?> PagesAsync(IGrainFactory grains, string programmeId, string? roundId, CancellationToken cancellationToken)
    {
        var published = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken);
        var overrides = await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId)).RoundIdsAsync(cancellationToken);
        if (roundId is not null && !published.Contains(roundId) && !overrides.Contains(roundId))
        {
            return null;
        }

        var pages = new List<(string, int)>();
        foreach (var round in published.Where(r => roundId is null || r == roundId))
        {
            var snapshot = await grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, round)).GetAsync(cancellationToken);
            pages.AddRange(Enumerable.Range(0, snapshot?.MatchPageCount ?? 0).Select(page => (round, page)));
        }

        pages.AddRange(overrides.Where(r => roundId is null || r == roundId).Select(r => (r, 0)));
        return pages;
    }
}
