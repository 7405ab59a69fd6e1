using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Domain;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains;

/// <inheritdoc cref="IParticipantImportGrain"/>
/// <remarks>
/// Stateless and local to the silo that takes the chunk; participant grains prefer local placement, so a chunk's
/// items are written without another hop across the cluster.
/// </remarks>
[StatelessWorker]
[Reentrant]
public sealed class ParticipantImportGrain(ILogger<ParticipantImportGrain> logger) : Grain, IParticipantImportGrain
{
    async Task<ImmutableArray<WriteStatus?>> IParticipantImportGrain.ImportAsync(ParticipantBatch batch, CancellationToken cancellationToken) =>
        [.. await Task.WhenAll(batch.Participants.Select(participant => ImportAsync(participant, cancellationToken)))];

    private async Task<WriteStatus?> ImportAsync(Participant participant, CancellationToken cancellationToken)
    {
        try
        {
            var grain = GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(participant.ProgrammeId, participant.Id));
            return (await grain.ImportAsync(participant, cancellationToken)).Status;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Import of {Programme}/{Participant} failed", participant.ProgrammeId, participant.Id);
            return null;
        }
    }
}
