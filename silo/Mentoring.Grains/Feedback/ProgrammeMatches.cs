using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains.Feedback;

/// <summary>Every stored match of a programme: each round's result pages, then the manual overrides' pages.</summary>
internal static class ProgrammeMatches
{
    public static async Task<List<MatchSnapshot>> ListAsync(IGrainFactory grains, string programmeId, CancellationToken cancellationToken)
    {
        var matches = new List<MatchSnapshot>();
        await foreach (var roundIds in ProgrammeRoundIds.PagesAsync(grains, programmeId, cancellationToken))
        {
            foreach (var roundId in roundIds)
            {
                var pages = await grains.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).StoredPageCountAsync(cancellationToken);
                for (var page = 0; page < pages; page++)
                {
                    matches.AddRange(await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, page)).ListMatchesAsync(cancellationToken));
                }
            }
        }

        foreach (var roundId in await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId)).RoundIdsAsync(cancellationToken))
        {
            matches.AddRange(await grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0)).ListMatchesAsync(cancellationToken));
        }

        return matches;
    }
}
