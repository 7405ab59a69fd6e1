using Mentoring.Abstractions.Events;

namespace Mentoring.Grains.Events;

/// <inheritdoc cref="IProgrammeEventsGrain"/>
/// <remarks>The log lives in its own table; any silo reads it, so reads are spread over local workers.</remarks>
[StatelessWorker]
public sealed class ProgrammeEventsGrain(IProgrammeEventStore store) : Grain, IProgrammeEventsGrain
{
    /// <summary>The most events one read answers.</summary>
    public const int MaxPageSize = 1000;

    Task<ProgrammeEventPage> IProgrammeEventsGrain.ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);

        // "programmes/{programme}/events"
        var programmeId = this.GetPrimaryKeyString().Split('/')[1];
        return store.ReadAsync(programmeId, afterSequence, Math.Min(maxCount, MaxPageSize), cancellationToken);
    }
}
