using System.Collections.Immutable;

namespace Mentoring.Abstractions;

/// <summary>
/// Hands a chunk of a bulk import to the participant grains of the silo it runs on: one message from the gateway for
/// many items, each still written by its own grain. Keyed by <see cref="GrainKeys.ParticipantImport"/>.
/// </summary>
public interface IParticipantImportGrain : IGrainWithStringKey
{
    /// <summary>Each participant's write status, in order; null where the grain could not store it (the item may be retried).</summary>
    Task<ImmutableArray<WriteStatus?>> ImportAsync(ParticipantBatch batch, CancellationToken cancellationToken = default);
}
