using System.Collections.Immutable;

namespace Mentoring.Grains.Events;

/// <summary>Appends a grain's pending events to the log; the log skips the ids it holds, so appending again is harmless.</summary>
public static class EventOutbox
{
    /// <summary>Events per append: a published round's proposals go in batches of this many.</summary>
    public const int Batch = 1000;

    public static async Task AppendAsync(IProgrammeEventStore store, string programmeId, ImmutableArray<PendingEvent> pending, CancellationToken cancellationToken)
    {
        foreach (var batch in pending.Chunk(Batch))
        {
            await store.AppendAsync([.. batch.Select(e => e.ToDraft(programmeId))], cancellationToken);
        }
    }
}
