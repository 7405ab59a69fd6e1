using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>Removes every round of a programme from storage (a running one is cancelled first), then the round registry.</summary>
internal sealed class ProgrammeRoundsPurge(IGrainFactory grains, string programmeId)
{
    private const int RoundsPerCall = 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var registry = grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId));
        string? after = null;
        while (true)
        {
            var (roundIds, hasMore) = await registry.ListAsync(after, RoundsPerCall, cancellationToken);
            await Task.WhenAll(roundIds.Select(roundId =>
                grains.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId)).PurgeAsync(cancellationToken)));
            if (!hasMore || roundIds.IsEmpty)
            {
                break;
            }

            after = roundIds[^1];
        }

        await registry.ClearAsync(cancellationToken);
    }
}
