using Mentoring.Abstractions.Rounds;

namespace Mentoring.Abstractions.Matches;

/// <summary>Finds the result page grain that holds a published match.</summary>
public static class MatchPages
{
    /// <summary>The page of the mentee's match in the round, or null when the round published no page that could hold it.</summary>
    public static async Task<IRoundResultPageGrain?> FindAsync(
        this IGrainFactory grains, string programmeId, string roundId, string menteeId, CancellationToken cancellationToken = default)
    {
        if (MatchKeys.IsOverrideRound(roundId))
        {
            // An override's matches are all on its one page; a page never stored answers every call with "not found".
            return grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0));
        }

        var page = await grains.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).FindMatchPageAsync(menteeId, cancellationToken);
        return page is { } index
            ? grains.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, index))
            : null;
    }
}
