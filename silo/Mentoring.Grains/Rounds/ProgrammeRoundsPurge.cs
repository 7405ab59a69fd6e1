using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>Removes every round of a programme from storage (a running one is cancelled first), the manual overrides, then the round registry.</summary>
internal sealed class ProgrammeRoundsPurge(IGrainFactory grains, string programmeId)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var roundIds in ProgrammeRoundIds.PagesAsync(grains, programmeId, cancellationToken))
        {
            await Task.WhenAll(roundIds.Select(roundId =>
                grains.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).PurgeAsync(cancellationToken)));
        }

        await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId)).ClearAsync(cancellationToken);
        await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).ClearAsync(cancellationToken);
    }
}
