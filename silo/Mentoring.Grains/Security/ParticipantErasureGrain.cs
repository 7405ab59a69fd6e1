using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IParticipantErasureGrain"/>
[StatelessWorker]
public sealed class ParticipantErasureGrain : Grain, IParticipantErasureGrain
{
    private const int RoundsPerCall = 100;

    async Task<string> IParticipantErasureGrain.PseudonymiseResultsAsync(CancellationToken cancellationToken)
    {
        // "programmes/{programme}/participants/{participant}"
        var parts = this.GetPrimaryKeyString().Split('/');
        var (programmeId, participantId) = (parts[1], parts[3]);

        // Random, so that nothing stored leads back to the id; one per erasure, so a person's matches stay together.
        var pseudonym = "erased-" + Guid.NewGuid().ToString("N")[..16];
        var rounds = GrainFactory.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId));
        string? after = null;
        while (true)
        {
            var (roundIds, hasMore) = await rounds.ListAsync(after, RoundsPerCall, cancellationToken);
            foreach (var roundId in roundIds)
            {
                var coordinator = GrainFactory.GetGrain<IRoundCoordinatorGrain>(RoundKeys.Round(programmeId, roundId));
                for (var page = 0; await coordinator.GetPageAsync(page, cancellationToken) is not null; page++)
                {
                    await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, page))
                        .PseudonymiseAsync(participantId, pseudonym, cancellationToken);
                }
            }

            if (!hasMore || roundIds.Length == 0)
            {
                return pseudonym;
            }

            after = roundIds[^1];
        }
    }
}
