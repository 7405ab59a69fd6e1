using Mentoring.Abstractions.Events;

namespace Mentoring.Grains.Webhooks;

/// <summary>Reads events from <see cref="IProgrammeEventsGrain"/>, the programme's log.</summary>
public sealed class ProgrammeEventLogSource(IGrainFactory grains) : IProgrammeEventSource
{
    public Task<ProgrammeEventPage> ReadAsync(string programmeId, long afterSequence, int maxCount, CancellationToken cancellationToken) =>
        grains.GetGrain<IProgrammeEventsGrain>(EventKeys.Log(programmeId)).ReadAsync(afterSequence, maxCount, cancellationToken);
}
