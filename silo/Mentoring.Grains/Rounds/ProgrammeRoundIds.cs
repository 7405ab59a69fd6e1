using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>Every round id of a programme, newest first, read from its registry a page at a time.</summary>
internal static class ProgrammeRoundIds
{
    private const int RoundsPerCall = 100;

    public static async IAsyncEnumerable<ImmutableArray<string>> PagesAsync(
        IGrainFactory grains, string programmeId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var registry = grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId));
        string? after = null;
        while (true)
        {
            var (roundIds, hasMore) = await registry.ListAsync(after, RoundsPerCall, cancellationToken);
            if (roundIds.IsEmpty)
            {
                yield break;
            }

            yield return roundIds;
            if (!hasMore)
            {
                yield break;
            }

            after = roundIds[^1];
        }
    }
}
